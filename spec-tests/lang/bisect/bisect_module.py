# _bisect: bisect/insort left and right, lo/hi/key, and CPython's errors.
import _bisect, bisect
print([n for n in dir(_bisect) if not n.startswith('__')])
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right, bisect.bisect_left is _bisect.bisect_left)
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for f in [_bisect.bisect_left, _bisect.bisect_right]:
    for x in [0, 1, 2, 3, 4, 5, 6]:
        print(f.__name__, x, f([1, 2, 2, 3, 3, 3, 5], x), f([], x), f([1, 2, 2, 3, 3, 3, 5], x, 2, 5))
t(_bisect.bisect_left, [1, 2, 3], 2)
t(_bisect.bisect_left, [1, 2, 3], 2, -1)
t(_bisect.bisect_left, [1, 2, 3], 2, 0, -1)
t(_bisect.bisect_left, [1, 2, 3], 2, 5)
t(_bisect.bisect_left, [1, 2, 3], 2, 0, 10)
t(_bisect.bisect_left, {1: 2}, 0)
t(_bisect.bisect_left, {}, 0)
t(_bisect.bisect_left, {1: 2}, 0, 0, 1)
t(_bisect.bisect_left, {1, 2}, 0)
t(_bisect.bisect_left, 5, 0)
t(_bisect.bisect_left)
t(_bisect.bisect_left, [1])
t(_bisect.bisect_left, [1], 1, 2, 3, 4)
t(_bisect.bisect_left, [1], 1, 2, 3, 4, 5)
t(_bisect.bisect_left, [1], 1, lo=1.5)
t(_bisect.bisect_left, [1], 1, hi=None)
t(_bisect.bisect_left, [1], 1, lo=None)
t(_bisect.bisect_left, [1], 1, hi="a")
t(_bisect.bisect_left, [1], 1, hi=1.5)
t(_bisect.bisect_left, [1], 1, key=None)
t(_bisect.bisect_left, [1], 1, key=5)
t(_bisect.bisect_left, [], 1, key=5)
t(_bisect.bisect_left, [(1, 'a'), (2, 'b')], 2, key=lambda p: p[0])
t(_bisect.bisect_right, [1, 2, 2, 3], 2)
t(_bisect.bisect_right, "abc", "b")
t(_bisect.bisect_right, (1, 2, 3), 2.5)
t(_bisect.bisect_right, range(0, 100, 3), 50)
t(_bisect.bisect_left, [1, "a"], 2)
t(_bisect.bisect_left, x=1, a=[1, 2])
t(_bisect.bisect_left, [1, 2], 1, lo=2**70)
t(_bisect.bisect_left, [1, 2], 1, hi=2**70)
t(_bisect.bisect_left, [1, 2], 1, hi=-5)
t(_bisect.bisect_left, [1, 2], 1, 1, 0)
t(_bisect.bisect_left, [1, 2], 1, True)
t(_bisect.bisect_left, [1, 2], 1, foo=1)
t(_bisect.bisect_left, [1, 2], 1, a=[1])
class Idx:
    def __index__(self): return 1
t(_bisect.bisect_left, [1, 2, 3], 3, Idx(), Idx())
a = [1, 3]; t(_bisect.insort_left, a, 2); print(a)
a = [1, 3]; t(_bisect.insort_right, a, 3, key=lambda x: x); print(a)
a = [1, 3]; t(_bisect.insort_left, a, 3); print(a)
a = [1, 3]; t(_bisect.insort_right, a, 0, 5); print(a)
a = [1, 3]; t(_bisect.insort_left, a, 0, lo=-1); print(a)
t(_bisect.insort_left, (1, 2), 2)
t(_bisect.insort_left, "ab", 2)
a = []; t(_bisect.insort_left, a, 1, key=5); print(a)
a = [1]; t(_bisect.insort_left, a, 1, key=5); print(a)
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        list.insert(self, i, x)
a = L([1, 3]); t(_bisect.insort_left, a, 2); print(a)
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def insert(self, i, x): print("S.insert", i, x); return 'ignored'
t(_bisect.bisect_left, S(), 3)
t(_bisect.insort_right, S(), 3)
class Big:
    def __len__(self): return 2**62
    def __getitem__(self, i): return i
t(_bisect.bisect_left, Big(), 10)
t(_bisect.bisect_right, Big(), 2**61)
class BadLen:
    def __len__(self): return -1
t(_bisect.bisect_left, BadLen(), 1)
class D(dict):
    pass
class DS(dict):
    def __len__(self): return 2
    def __getitem__(self, i): return i
t(_bisect.bisect_left, D(), 1)
t(_bisect.bisect_left, D({1: 2}), 1)
t(_bisect.bisect_left, type(int.__dict__)({1: 2}), 1)
t(_bisect.bisect_left, DS(), 1)
class Noisy:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
items = [Noisy(i) for i in range(5)]
print(_bisect.bisect_left(items, Noisy(3)), _bisect.bisect_right(items, Noisy(3)))
keys = []
print(_bisect.bisect_left(list(range(10)), 7, key=lambda v: keys.append(v) or v), keys)

# expect: ['bisect_left', 'bisect_right', 'insort_left', 'insort_right']
# expect: True True True
# expect: bisect_left 0 0 0 2
# expect: bisect_left 1 0 0 2
# expect: bisect_left 2 1 0 2
# expect: bisect_left 3 3 0 3
# expect: bisect_left 4 6 0 5
# expect: bisect_left 5 6 0 5
# expect: bisect_left 6 7 0 5
# expect: bisect_right 0 0 0 2
# expect: bisect_right 1 1 0 2
# expect: bisect_right 2 3 0 3
# expect: bisect_right 3 6 0 5
# expect: bisect_right 4 6 0 5
# expect: bisect_right 5 7 0 5
# expect: bisect_right 6 7 0 5
# expect: 1
# expect: ValueError lo must be non-negative
# expect: 1
# expect: 5
# expect: IndexError list index out of range
# expect: TypeError dict is not a sequence
# expect: TypeError dict is not a sequence
# expect: TypeError dict is not a sequence
# expect: TypeError 'set' object does not support indexing
# expect: TypeError object of type 'int' has no len()
# expect: TypeError bisect_left() missing required argument 'a' (pos 1)
# expect: TypeError bisect_left() missing required argument 'x' (pos 2)
# expect: TypeError bisect_left() takes at most 4 positional arguments (5 given)
# expect: TypeError bisect_left() takes at most 5 arguments (6 given)
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: 0
# expect: TypeError 'NoneType' object cannot be interpreted as an integer
# expect: TypeError argument should be integer or None, not 'str'
# expect: TypeError argument should be integer or None, not 'float'
# expect: 0
# expect: TypeError 'int' object is not callable
# expect: 0
# expect: 1
# expect: 3
# expect: 2
# expect: 2
# expect: 17
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: 0
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: 0
# expect: 1
# expect: 1
# expect: TypeError 'foo' is an invalid keyword argument for bisect_left()
# expect: TypeError argument for bisect_left() given by name ('a') and position (1)
# expect: 1
# expect: None
# expect: [1, 2, 3]
# expect: None
# expect: [1, 3, 3]
# expect: None
# expect: [1, 3, 3]
# expect: None
# expect: [1, 3, 0]
# expect: ValueError lo must be non-negative
# expect: [1, 3]
# expect: AttributeError 'tuple' object has no attribute 'insert'
# expect: TypeError '<' not supported between instances of 'str' and 'int'
# expect: TypeError 'int' object is not callable
# expect: []
# expect: TypeError 'int' object is not callable
# expect: [1]
# expect: insert 1 2
# expect: None
# expect: [1, 2, 3]
# expect: 2
# expect: S.insert 2 3
# expect: None
# expect: 10
# expect: 2305843009213693953
# expect: ValueError __len__() should return >= 0
# expect: 0
# expect: KeyError 0
# expect: TypeError mappingproxy is not a sequence
# expect: 1
# expect: lt 2 3
# expect: lt 4 3
# expect: lt 3 3
# expect: lt 3 2
# expect: lt 3 4
# expect: lt 3 3
# expect: 3 4
# expect: 7 [5, 8, 7, 6]
