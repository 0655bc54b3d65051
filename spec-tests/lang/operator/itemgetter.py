# operator.itemgetter: results, errors, repr, __reduce__, pickle and copy.
import operator, pickle, copy
from operator import itemgetter
print(type(itemgetter), itemgetter.__module__, itemgetter.__name__, itemgetter.__qualname__)
def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
for g, x in [(itemgetter(1), "abc"), (itemgetter(1), (7, 8)), (itemgetter(-1), (7, 8)), (itemgetter(5), (7, 8)),
             (itemgetter(2**70), (7, 8)), (itemgetter(True), (7, 8)), (itemgetter("k"), {"k": 1}), (itemgetter("x"), {}),
             (itemgetter(slice(1, 3)), "abcd"), (itemgetter(2, 0, 4), "ABCDE"), (itemgetter(2, "x", 5), "abc"),
             (itemgetter(0), range(100, 200)), (itemgetter(1), 5), (itemgetter((1, 2)), {(1, 2): "pair"}),
             (itemgetter(1, 2), {1: "a", 2: "b"})]:
    show(g, x)
class T(tuple):
    def __getitem__(self, i): return "T[%r]" % (i,)
show(itemgetter(0), T("ab"))
show(itemgetter(0, 1), T("ab"))
class Weird:
    def __getitem__(self, key): raise SyntaxError("item")
show(itemgetter(42), Weird())
show(itemgetter)
show(itemgetter, a=1)
show(itemgetter(1))
show(itemgetter(1), "ab", "cd")
show(itemgetter(1), obj="ab")
show(itemgetter(1).__call__, (1, 2))
show(itemgetter.__new__, itemgetter)
show(itemgetter.__new__, itemgetter, 1)
show(itemgetter.__new__, int, 1)
for g in [itemgetter(1), itemgetter("a"), itemgetter(1, 2), itemgetter((1, 2)), itemgetter(None), itemgetter(itemgetter(0))]:
    print(repr(g), g.__reduce__())
lst = []
g = itemgetter(lst)
lst.append(g)
print(repr(g))
show(itemgetter(1).__reduce__, 5)
show(itemgetter(1).__reduce__, x=1)
print(itemgetter(1) == itemgetter(1), itemgetter(1).__class__ is itemgetter)
try:
    class Sub(itemgetter): pass
except TypeError as e:
    print(e)
try:
    itemgetter(1).x = 1
except AttributeError as e:
    print(type(e).__name__)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for g in [itemgetter(2), itemgetter(2, 0, 4), itemgetter((1, 2))]:
        h = pickle.loads(pickle.dumps(g, proto))
        print(proto, repr(h), h is g, h({2: "two", 0: "zero", 4: "four", (1, 2): "pair"}) if len(g.__reduce__()[1]) != 1 or g.__reduce__()[1][0] != 2 else h("ABCDE"))
print(pickle.dumps(itemgetter(1), 0))
print(pickle.dumps(itemgetter(1, 2), 2))
print(repr(copy.copy(itemgetter(1, 2))), repr(copy.deepcopy(itemgetter([1]))))

# expect: <class 'type'> operator itemgetter itemgetter
# expect: 'b'
# expect: 8
# expect: 8
# expect: IndexError tuple index out of range
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: 8
# expect: 1
# expect: KeyError 'x'
# expect: 'bc'
# expect: ('C', 'A', 'E')
# expect: TypeError string indices must be integers, not 'str'
# expect: 100
# expect: TypeError 'int' object is not subscriptable
# expect: 'pair'
# expect: ('a', 'b')
# expect: 'T[0]'
# expect: ('T[0]', 'T[1]')
# expect: SyntaxError item
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: TypeError itemgetter() takes no keyword arguments
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: TypeError itemgetter expected 1 argument, got 2
# expect: TypeError itemgetter() takes no keyword arguments
# expect: 2
# expect: TypeError itemgetter expected 1 argument, got 0
# expect: operator.itemgetter(1)
# expect: TypeError operator.itemgetter.__new__(int): int is not a subtype of operator.itemgetter
# expect: operator.itemgetter(1) (<class 'operator.itemgetter'>, (1,))
# expect: operator.itemgetter('a') (<class 'operator.itemgetter'>, ('a',))
# expect: operator.itemgetter(1, 2) (<class 'operator.itemgetter'>, (1, 2))
# expect: operator.itemgetter((1, 2)) (<class 'operator.itemgetter'>, ((1, 2),))
# expect: operator.itemgetter(None) (<class 'operator.itemgetter'>, (None,))
# expect: operator.itemgetter(operator.itemgetter(0)) (<class 'operator.itemgetter'>, (operator.itemgetter(0),))
# expect: operator.itemgetter([operator.itemgetter(...)])
# expect: TypeError itemgetter.__reduce__() takes no arguments (1 given)
# expect: TypeError itemgetter.__reduce__() takes no keyword arguments
# expect: False True
# expect: type 'operator.itemgetter' is not an acceptable base type
# expect: AttributeError
# expect: 0 operator.itemgetter(2) False C
# expect: 0 operator.itemgetter(2, 0, 4) False ('two', 'zero', 'four')
# expect: 0 operator.itemgetter((1, 2)) False pair
# expect: 1 operator.itemgetter(2) False C
# expect: 1 operator.itemgetter(2, 0, 4) False ('two', 'zero', 'four')
# expect: 1 operator.itemgetter((1, 2)) False pair
# expect: 2 operator.itemgetter(2) False C
# expect: 2 operator.itemgetter(2, 0, 4) False ('two', 'zero', 'four')
# expect: 2 operator.itemgetter((1, 2)) False pair
# expect: 3 operator.itemgetter(2) False C
# expect: 3 operator.itemgetter(2, 0, 4) False ('two', 'zero', 'four')
# expect: 3 operator.itemgetter((1, 2)) False pair
# expect: 4 operator.itemgetter(2) False C
# expect: 4 operator.itemgetter(2, 0, 4) False ('two', 'zero', 'four')
# expect: 4 operator.itemgetter((1, 2)) False pair
# expect: 5 operator.itemgetter(2) False C
# expect: 5 operator.itemgetter(2, 0, 4) False ('two', 'zero', 'four')
# expect: 5 operator.itemgetter((1, 2)) False pair
# expect: b'coperator\nitemgetter\np0\n(I1\ntp1\nRp2\n.'
# expect: b'\x80\x02coperator\nitemgetter\nq\x00K\x01K\x02\x86q\x01Rq\x02.'
# expect: operator.itemgetter(1, 2) operator.itemgetter([1])
