# The built-in iterators pickle as CPython's do.
import pickle, copy

def show(x):
    r = x.__reduce__()
    print(type(x).__name__, r[0].__name__, r[1:])

for make in [lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter('abc'), lambda: iter('é€x'),
             lambda: iter(b'abc'), lambda: iter(range(1, 10, 3)),
             lambda: iter(range(2**64, 2**64 + 3)), lambda: reversed(range(4)), lambda: iter({1: 2, 3: 4}),
             lambda: iter({1: 2}.values()), lambda: iter({1: 2, 3: 4}.items()), lambda: reversed({1: 2, 3: 4}),
             lambda: iter(frozenset([5]))]:
    x = make()
    show(x)
    next(x)
    show(x)
    print(list(pickle.loads(pickle.dumps(x))), list(copy.deepcopy(x)), list(copy.copy(x)))
    list(x)
    show(x)

x = iter(bytearray(b'ab'))
next(x)
show(x)
x.__setstate__(0)
print(list(x))
show(x)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
s = iter(Seq())
next(s)
print(s.__reduce__()[2], list(s), s.__reduce__()[1])

xs = [1]
x = iter(xs)
print(list(x))
xs.append(2)
print(list(x))

for start in [5, -5, 30]:
    for make in [lambda: iter([1, 2, 3]), lambda: iter(range(5)), lambda: iter('abcd'), lambda: iter(Seq())]:
        x = make()
        x.__setstate__(start)
        print(type(x).__name__, start, list(x))
for bad in ['x', 2**70, 1.5]:
    for make in [lambda: iter([1]), lambda: iter(range(3)), lambda: iter('ab')]:
        x = make()
        try:
            x.__setstate__(bad)
            print('accepted', list(x))
        except (TypeError, OverflowError) as e:
            print(type(x).__name__, type(e).__name__, e)
try:
    iter([]).__setstate__()
except TypeError as e:
    print(e)
try:
    iter([]).__reduce__(1)
except TypeError as e:
    print(e)
print(len.__reduce__(), [].append.__reduce__()[1], dict.fromkeys.__reduce__()[1][1])
print(range(3).__reduce__(), pickle.loads(pickle.dumps(range(-5, 2**70, 7))))

# expect: list_iterator iter (([1, 2, 3],), 0)
# expect: list_iterator iter (([1, 2, 3],), 1)
# expect: [2, 3] [2, 3] [2, 3]
# expect: list_iterator iter (([],),)
# expect: tuple_iterator iter (((1, 2, 3),), 0)
# expect: tuple_iterator iter (((1, 2, 3),), 1)
# expect: [2, 3] [2, 3] [2, 3]
# expect: tuple_iterator iter (((),),)
# expect: str_ascii_iterator iter (('abc',), 0)
# expect: str_ascii_iterator iter (('abc',), 1)
# expect: ['b', 'c'] ['b', 'c'] ['b', 'c']
# expect: str_ascii_iterator iter (('',),)
# expect: str_iterator iter (('é€x',), 0)
# expect: str_iterator iter (('é€x',), 1)
# expect: ['€', 'x'] ['€', 'x'] ['€', 'x']
# expect: str_iterator iter (('',),)
# expect: bytes_iterator iter ((b'abc',), 0)
# expect: bytes_iterator iter ((b'abc',), 1)
# expect: [98, 99] [98, 99] [98, 99]
# expect: bytes_iterator iter (((),),)
# expect: range_iterator iter ((range(1, 10, 3),), 0)
# expect: range_iterator iter ((range(1, 10, 3),), 1)
# expect: [4, 7] [4, 7] [4, 7]
# expect: range_iterator iter ((range(1, 10, 3),), 3)
# expect: longrange_iterator iter ((range(18446744073709551616, 18446744073709551619),), 0)
# expect: longrange_iterator iter ((range(18446744073709551616, 18446744073709551619),), 1)
# expect: [18446744073709551617, 18446744073709551618] [18446744073709551617, 18446744073709551618] [18446744073709551617, 18446744073709551618]
# expect: longrange_iterator iter ((range(18446744073709551616, 18446744073709551619),), 3)
# expect: range_iterator iter ((range(3, -1, -1),), 0)
# expect: range_iterator iter ((range(3, -1, -1),), 1)
# expect: [2, 1, 0] [2, 1, 0] [2, 1, 0]
# expect: range_iterator iter ((range(3, -1, -1),), 4)
# expect: dict_keyiterator iter (([1, 3],),)
# expect: dict_keyiterator iter (([3],),)
# expect: [3] [3] [3]
# expect: dict_keyiterator iter (([],),)
# expect: dict_valueiterator iter (([2],),)
# expect: dict_valueiterator iter (([],),)
# expect: [] [] []
# expect: dict_valueiterator iter (([],),)
# expect: dict_itemiterator iter (([(1, 2), (3, 4)],),)
# expect: dict_itemiterator iter (([(3, 4)],),)
# expect: [(3, 4)] [(3, 4)] [(3, 4)]
# expect: dict_itemiterator iter (([],),)
# expect: dict_reversekeyiterator iter (([3, 1],),)
# expect: dict_reversekeyiterator iter (([1],),)
# expect: [1] [1] [1]
# expect: dict_reversekeyiterator iter (([],),)
# expect: set_iterator iter (([5],),)
# expect: set_iterator iter (([],),)
# expect: [] [] []
# expect: set_iterator iter (([],),)
# expect: bytearray_iterator iter ((bytearray(b'ab'),), 1)
# expect: [97, 98]
# expect: bytearray_iterator iter (((),),)
# expect: 1 [10, 20] ((),)
# expect: [1]
# expect: []
# expect: list_iterator 5 []
# expect: range_iterator 5 []
# expect: str_ascii_iterator 5 []
# expect: iterator 5 []
# expect: list_iterator -5 [1, 2, 3]
# expect: range_iterator -5 [0, 1, 2, 3, 4]
# expect: str_ascii_iterator -5 ['a', 'b', 'c', 'd']
# expect: iterator -5 [0, 10, 20]
# expect: list_iterator 30 []
# expect: range_iterator 30 []
# expect: str_ascii_iterator 30 []
# expect: iterator 30 []
# expect: list_iterator TypeError an integer is required
# expect: range_iterator TypeError 'str' object cannot be interpreted as an integer
# expect: str_ascii_iterator TypeError an integer is required
# expect: list_iterator OverflowError Python int too large to convert to C ssize_t
# expect: range_iterator OverflowError Python int too large to convert to C long
# expect: str_ascii_iterator OverflowError Python int too large to convert to C ssize_t
# expect: list_iterator TypeError an integer is required
# expect: range_iterator TypeError 'float' object cannot be interpreted as an integer
# expect: str_ascii_iterator TypeError an integer is required
# expect: list_iterator.__setstate__() takes exactly one argument (0 given)
# expect: list_iterator.__reduce__() takes no arguments (1 given)
# expect: len ([], 'append') fromkeys
# expect: (<class 'range'>, (0, 3, 1)) range(-5, 1180591620717411303424, 7)
