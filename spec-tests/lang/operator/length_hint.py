# operator.length_hint and the built-in iterators' __length_hint__.
import _operator as o
class X:
    def __init__(self, value): self.value = value
    def __length_hint__(self):
        if isinstance(self.value, type):
            raise self.value("from hint")
        return self.value
for value, default in [(2, 0), (NotImplemented, 4), (TypeError, 12), (True, 0), ("abc", 0), (-2, 0), (2**70, 0), (LookupError, 0), (None, 5), (1.5, 0)]:
    try:
        print(o.length_hint(X(value), default))
    except Exception as e:
        print(type(e).__name__, e)
class BadLen:
    def __len__(self): raise TypeError("len")
    def __length_hint__(self): return 7
class ValueLen:
    def __len__(self): raise ValueError("len")
class NoneHint:
    __length_hint__ = None
print(o.length_hint(BadLen()), o.length_hint(NoneHint(), 3), o.length_hint([1, 2], 9), o.length_hint(5), o.length_hint(object(), -5))
try:
    o.length_hint(ValueLen())
except ValueError as e:
    print("ValueError", e)
for default in [1.5, "a", 2**70, -1]:
    try:
        print(o.length_hint([], default))
    except Exception as e:
        print(type(e).__name__, e)
for it in [iter([]), iter(()), iter(""), iter("é"), iter(b""), iter(range(3)), iter(range(2**70)), iter(set()), iter({}),
           iter({}.values()), iter({}.items()), reversed({}), reversed([]), reversed(range(2)), iter(bytearray())]:
    try:
        print(type(it).__name__, it.__length_hint__(), o.length_hint(it))
    except OverflowError as e:
        print(type(it).__name__, it.__length_hint__(), e)
for it in [iter(list(range(5))), iter("héllo"), iter(range(2**70, 2**70 + 5)), iter(set(range(5))), iter(dict.fromkeys(range(5))),
           reversed(dict.fromkeys(range(5))), reversed(list(range(5))), iter(bytearray(5)), iter(b"abcde"), iter(tuple(range(5)))]:
    n = [it.__length_hint__()]
    for _ in range(3):
        next(it)
        n.append(it.__length_hint__())
    for _ in it:
        pass
    n.append(it.__length_hint__())
    print(type(it).__name__, n)
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class SL(S):
    def __len__(self): return 10
print(iter(S()).__length_hint__(), iter(SL()).__length_hint__(), o.length_hint(iter(S()), 6))
lst = [1, 2, 3]; it = iter(lst); next(it); print(it.__length_hint__()); lst.clear(); print(it.__length_hint__())
l2 = [1, 2, 3]; r = reversed(l2); next(r); l2.pop(); l2.pop(); print(r.__length_hint__())
d = {1: 2, 3: 4}; it = iter(d); next(it); print(it.__length_hint__()); d[5] = 6; print(it.__length_hint__())
for it in [iter([]), reversed([]), iter({})]:
    try:
        it.__length_hint__(1)
    except TypeError as e:
        print(e)

# expect: 2
# expect: 4
# expect: 12
# expect: 1
# expect: TypeError __length_hint__ must be an integer, not str
# expect: ValueError __length_hint__() should return >= 0
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: LookupError from hint
# expect: TypeError __length_hint__ must be an integer, not NoneType
# expect: TypeError __length_hint__ must be an integer, not float
# expect: 7 3 2 0 -5
# expect: ValueError len
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: 0
# expect: list_iterator 0 0
# expect: tuple_iterator 0 0
# expect: str_ascii_iterator 0 0
# expect: str_iterator 1 1
# expect: bytes_iterator 0 0
# expect: range_iterator 3 3
# expect: longrange_iterator 1180591620717411303424 Python int too large to convert to C ssize_t
# expect: set_iterator 0 0
# expect: dict_keyiterator 0 0
# expect: dict_valueiterator 0 0
# expect: dict_itemiterator 0 0
# expect: dict_reversekeyiterator 0 0
# expect: list_reverseiterator 0 0
# expect: range_iterator 2 2
# expect: bytearray_iterator 0 0
# expect: list_iterator [5, 4, 3, 2, 0]
# expect: str_iterator [5, 4, 3, 2, 0]
# expect: longrange_iterator [5, 4, 3, 2, 0]
# expect: set_iterator [5, 4, 3, 2, 0]
# expect: dict_keyiterator [5, 4, 3, 2, 0]
# expect: dict_reversekeyiterator [5, 4, 3, 2, 0]
# expect: list_reverseiterator [5, 4, 3, 2, 0]
# expect: bytearray_iterator [5, 4, 3, 2, 0]
# expect: bytes_iterator [5, 4, 3, 2, 0]
# expect: tuple_iterator [5, 4, 3, 2, 0]
# expect: NotImplemented 10 6
# expect: 2
# expect: 0
# expect: 0
# expect: 1
# expect: 0
# expect: list_iterator.__length_hint__() takes no arguments (1 given)
# expect: list_reverseiterator.__length_hint__() takes no arguments (1 given)
# expect: dict_keyiterator.__length_hint__() takes no arguments (1 given)
