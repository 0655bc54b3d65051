# Every operator function of _operator: results, and the operator's own errors.
import _operator as o
cases = [
    ("add", (1, 2)), ("add", ([1], [2])), ("add", (None, None)), ("sub", (5, 2.5)), ("mul", ("ab", 3)),
    ("mul", (3, [0])), ("matmul", (1, 2)), ("truediv", (7, 2)), ("truediv", (1, 0)), ("floordiv", (-7, 2)),
    ("mod", (-7, 3)), ("mod", ("%s-%s", (1, 2))), ("pow", (2, 10)), ("pow", (2, -1)), ("pow", (None, 2)),
    ("lshift", (1, 70)), ("lshift", (2, -1)), ("rshift", (256, 4)), ("and_", (12, 10)), ("or_", ({1}, {2})),
    ("xor", (True, False)), ("iadd", (1, 2)), ("isub", ({1, 2}, {1})), ("imul", ("ab", 2)), ("imatmul", (1, 2)),
    ("itruediv", (1, 4)), ("ifloordiv", (7, 2)), ("imod", ("%d", 5)), ("ipow", (3, 3)), ("ilshift", (1, 3)),
    ("irshift", (16, 2)), ("iand", ({1, 2}, {2})), ("ior", ({1: 2}, {3: 4})), ("ixor", (5, "a")),
    ("neg", (3,)), ("neg", ("a",)), ("pos", (True,)), ("abs", (-2.5,)), ("abs", (None,)), ("inv", (5,)),
    ("invert", (True,)), ("invert", (1.5,)), ("index", (True,)), ("index", (7,)), ("index", (1.5,)),
    ("lt", (1, 2)), ("le", (2, 2)), ("eq", (1, 1.0)), ("ne", ("a", "a")), ("gt", (1, None)), ("ge", ([1, 2], [1])),
    ("lt", (1j, 2j)), ("truth", ([],)), ("truth", ((0,),)), ("not_", (0,)), ("not_", ("x",)),
    ("is_", (None, None)), ("is_", ([], [])), ("is_not", (1, None)),
]
for name, args in cases:
    try:
        r = getattr(o, name)(*args)
        print(name, args, "->", type(r).__name__, r)
    except Exception as e:
        print(name, args, "!!", type(e).__name__, e)

# The in-place functions return what the in-place operator returns.
a = [1]
print(o.iadd(a, (2,)) is a, a, o.imul(a, 2) is a, a)
s = {1}
print(o.ior(s, {2}) is s, s)
t = (1,)
print(o.iadd(t, (2,)) is t, t)

# A class's dunders are found as the operators find them.
class N:
    def __add__(self, other): return "N+"
    def __radd__(self, other): return "+N"
    def __iadd__(self, other): return "N+="
    def __lt__(self, other): return "N<"
    def __index__(self): return 42
    def __bool__(self): return False
    def __neg__(self): return "-N"
n = N()
print(o.add(n, 1), o.add(1, n), o.iadd(n, 1), o.iadd(1, n), o.lt(n, 1), o.gt(1, n))
print(o.index(n), o.truth(n), o.not_(n), o.neg(n))
class BadIndex:
    def __index__(self): return 1.5
try:
    o.index(BadIndex())
except TypeError as e:
    print(e)
class Big(int): pass
print(type(o.index(Big(5))).__name__, o.index(Big(5)))

# expect: add (1, 2) -> int 3
# expect: add ([1], [2]) -> list [1, 2]
# expect: add (None, None) !! TypeError unsupported operand type(s) for +: 'NoneType' and 'NoneType'
# expect: sub (5, 2.5) -> float 2.5
# expect: mul ('ab', 3) -> str ababab
# expect: mul (3, [0]) -> list [0, 0, 0]
# expect: matmul (1, 2) !! TypeError unsupported operand type(s) for @: 'int' and 'int'
# expect: truediv (7, 2) -> float 3.5
# expect: truediv (1, 0) !! ZeroDivisionError division by zero
# expect: floordiv (-7, 2) -> int -4
# expect: mod (-7, 3) -> int 2
# expect: mod ('%s-%s', (1, 2)) -> str 1-2
# expect: pow (2, 10) -> int 1024
# expect: pow (2, -1) -> float 0.5
# expect: pow (None, 2) !! TypeError unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'
# expect: lshift (1, 70) -> int 1180591620717411303424
# expect: lshift (2, -1) !! ValueError negative shift count
# expect: rshift (256, 4) -> int 16
# expect: and_ (12, 10) -> int 8
# expect: or_ ({1}, {2}) -> set {1, 2}
# expect: xor (True, False) -> bool True
# expect: iadd (1, 2) -> int 3
# expect: isub ({2}, {1}) -> set {2}
# expect: imul ('ab', 2) -> str abab
# expect: imatmul (1, 2) !! TypeError unsupported operand type(s) for @=: 'int' and 'int'
# expect: itruediv (1, 4) -> float 0.25
# expect: ifloordiv (7, 2) -> int 3
# expect: imod ('%d', 5) -> str 5
# expect: ipow (3, 3) -> int 27
# expect: ilshift (1, 3) -> int 8
# expect: irshift (16, 2) -> int 4
# expect: iand ({2}, {2}) -> set {2}
# expect: ior ({1: 2, 3: 4}, {3: 4}) -> dict {1: 2, 3: 4}
# expect: ixor (5, 'a') !! TypeError unsupported operand type(s) for ^=: 'int' and 'str'
# expect: neg (3,) -> int -3
# expect: neg ('a',) !! TypeError bad operand type for unary -: 'str'
# expect: pos (True,) -> int 1
# expect: abs (-2.5,) -> float 2.5
# expect: abs (None,) !! TypeError bad operand type for abs(): 'NoneType'
# expect: inv (5,) -> int -6
# expect: invert (True,) -> int -2
# expect: invert (1.5,) !! TypeError bad operand type for unary ~: 'float'
# expect: index (True,) -> int 1
# expect: index (7,) -> int 7
# expect: index (1.5,) !! TypeError 'float' object cannot be interpreted as an integer
# expect: lt (1, 2) -> bool True
# expect: le (2, 2) -> bool True
# expect: eq (1, 1.0) -> bool True
# expect: ne ('a', 'a') -> bool False
# expect: gt (1, None) !! TypeError '>' not supported between instances of 'int' and 'NoneType'
# expect: ge ([1, 2], [1]) -> bool True
# expect: lt (1j, 2j) !! TypeError '<' not supported between instances of 'complex' and 'complex'
# expect: truth ([],) -> bool False
# expect: truth ((0,),) -> bool True
# expect: not_ (0,) -> bool True
# expect: not_ ('x',) -> bool False
# expect: is_ (None, None) -> bool True
# expect: is_ ([], []) -> bool False
# expect: is_not (1, None) -> bool True
# expect: True [1, 2, 1, 2] True [1, 2, 1, 2]
# expect: True {1, 2}
# expect: False (1,)
# expect: N+ +N N+= +N N< N<
# expect: 42 False True -N
# expect: __index__ returned non-int (type float)
# expect: int 5
