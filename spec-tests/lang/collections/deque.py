from collections import deque
tests = ["deque().pop()","deque().popleft()","deque([1])[5]","deque([1]).remove(2)","deque([1]).index(2)","deque([1],1).insert(0,2)","deque(maxlen=-1)","deque(maxlen='a')","deque([1])+[1]","deque([1])[1:2]","deque(1)","deque([],1,2)","deque(foo=1)","deque([1]) < [1]","hash(deque())","deque([1]).rotate('a')","deque([1])*'a'", "deque([1]).index(1, 'a')", "deque([1]).count()", "deque.maxlen", "deque([1]).__setitem__(3, 1)", "deque([1]).__delitem__(3)","deque([1]).extend(1)","deque().pop(1)"]
for t in tests:
    try: r = eval(t); print(t, '->', repr(r)[:60])
    except Exception as e: print(t, '!!', type(e).__name__, e)
d = deque([1,2,3])
try:
    for x in d: d.append(x)
except RuntimeError as e: print(e)
class D(deque): pass
print(D([1]), deque([1,2], 5), deque(maxlen=0))
d = deque(); d.append(d); print(d)
print(type(iter(d)), type(reversed(d)), iter(deque([1,2])).__length_hint__())
d = deque([1,2,3,4,5]); d.rotate(2); print(d); d.rotate(-3); print(d); d.reverse(); print(d, d.count(3), d.index(3), 3 in d)
d.insert(1, 'x'); del d[0]; d[0] = 'y'; print(d, d[-1], len(d), bool(deque()))
d.extendleft([7,8]); d.extend(d); print(d)
print(deque([1,2]) == deque([1,2]), deque([1]) < deque([2]), deque([1]) == [1])
e = deque([1,2], 3) + deque([3,4]); print(e, deque([1,2])*2, deque([1], 2)*3)
d = deque([1]); d += [2,3]; d *= 2; print(d, d.copy(), type(D([1]).copy()))
print(list(reversed(deque('abc'))), d.maxlen, deque(maxlen=3).maxlen)
print(deque('abcdef', 3), deque(range(3)).__reduce__()[1])
class E: 
    def __eq__(s, o): d.clear(); return False
d = deque([1, 2]); 
try: d.index(E())
except RuntimeError as e: print(e)
from collections import defaultdict, Counter, OrderedDict, namedtuple
dd = defaultdict(int); dd['a'] += 1; print(dd, dd.copy(), dd.default_factory, defaultdict(None, {1:2}, x=3))
try: defaultdict(3)
except TypeError as e: print(e)
class DD(defaultdict): pass
print(DD(list), type(DD(list).copy()).__name__, {1:1} | defaultdict(int), type({1:1} | defaultdict(int)).__name__)
print(Counter("abracadabra").most_common(3), OrderedDict(a=1, b=2), namedtuple('P', 'x y')(1, 2))
print(isinstance(dd, dict), defaultdict.__module__, repr(defaultdict), dd == {'a': 1})
for n in (0, 3, 1):
    d = deque([1, 2, 3])
    try:
        for x in d: d.rotate(n)
        print(n, 'ok')
    except RuntimeError as e: print(n, e)
d = deque([1, 2, 3])
for x in d: d[0] = 5; d.reverse()
print(d)
import _weakref
d = deque([1]); r = _weakref.ref(d); print(r() is d); del d; print(r())
class WD(deque): pass
x = WD(); r = _weakref.ref(x); print(r() is x)

# expect: deque().pop() !! IndexError pop from an empty deque
# expect: deque().popleft() !! IndexError pop from an empty deque
# expect: deque([1])[5] !! IndexError deque index out of range
# expect: deque([1]).remove(2) !! ValueError 2 is not in deque
# expect: deque([1]).index(2) !! ValueError 2 is not in deque
# expect: deque([1],1).insert(0,2) !! IndexError deque already at its maximum size
# expect: deque(maxlen=-1) !! ValueError maxlen must be non-negative
# expect: deque(maxlen='a') !! TypeError an integer is required
# expect: deque([1])+[1] !! TypeError can only concatenate deque (not "list") to deque
# expect: deque([1])[1:2] !! TypeError sequence index must be integer, not 'slice'
# expect: deque(1) !! TypeError 'int' object is not iterable
# expect: deque([],1,2) !! TypeError deque() takes at most 2 arguments (3 given)
# expect: deque(foo=1) !! TypeError 'foo' is an invalid keyword argument for deque()
# expect: deque([1]) < [1] !! TypeError '<' not supported between instances of 'collections.deque' and 'list'
# expect: hash(deque()) !! TypeError unhashable type: 'collections.deque'
# expect: deque([1]).rotate('a') !! TypeError 'str' object cannot be interpreted as an integer
# expect: deque([1])*'a' !! TypeError can't multiply sequence by non-int of type 'str'
# expect: deque([1]).index(1, 'a') !! TypeError slice indices must be integers or have an __index__ method
# expect: deque([1]).count() !! TypeError deque.count() takes exactly one argument (0 given)
# expect: deque.maxlen -> <attribute 'maxlen' of 'collections.deque' objects>
# expect: deque([1]).__setitem__(3, 1) !! IndexError deque index out of range
# expect: deque([1]).__delitem__(3) !! IndexError deque index out of range
# expect: deque([1]).extend(1) !! TypeError 'int' object is not iterable
# expect: deque().pop(1) !! TypeError deque.pop() takes no arguments (1 given)
# expect: deque mutated during iteration
# expect: D([1]) deque([1, 2], maxlen=5) deque([], maxlen=0)
# expect: deque([[...]])
# expect: <class '_collections._deque_iterator'> <class '_collections._deque_reverse_iterator'> 2
# expect: deque([4, 5, 1, 2, 3])
# expect: deque([2, 3, 4, 5, 1])
# expect: deque([1, 5, 4, 3, 2]) 1 3 True
# expect: deque(['y', 5, 4, 3, 2]) 2 5 False
# expect: deque([8, 7, 'y', 5, 4, 3, 2, 8, 7, 'y', 5, 4, 3, 2])
# expect: True True False
# expect: deque([2, 3, 4], maxlen=3) deque([1, 2, 1, 2]) deque([1, 1], maxlen=2)
# expect: deque([1, 2, 3, 1, 2, 3]) deque([1, 2, 3, 1, 2, 3]) <class '__main__.D'>
# expect: ['c', 'b', 'a'] None 3
# expect: deque(['d', 'e', 'f'], maxlen=3) ()
# expect: deque mutated during iteration
# expect: defaultdict(<class 'int'>, {'a': 1}) defaultdict(<class 'int'>, {'a': 1}) <class 'int'> defaultdict(None, {1: 2, 'x': 3})
# expect: first argument must be callable or None
# expect: DD(<class 'list'>, {}) DD defaultdict(<class 'int'>, {1: 1}) defaultdict
# expect: [('a', 5), ('b', 2), ('r', 2)] OrderedDict([('a', 1), ('b', 2)]) P(x=1, y=2)
# expect: True collections <class 'collections.defaultdict'> True
# expect: 0 deque mutated during iteration
# expect: 3 deque mutated during iteration
# expect: 1 deque mutated during iteration
# expect: deque([5, 2, 5])
# expect: True
# expect: None
# expect: True
