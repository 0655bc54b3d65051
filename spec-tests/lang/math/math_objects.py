import math
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 9
class Bad:
    def __float__(self): return "x"
class T:
    def __trunc__(self): return "t"
    def __floor__(self): return "f"
    def __ceil__(self): return "c"
class FS(float): pass
class IS(int): pass
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return repr(r)
for arg in [F(), I(), Bad(), T(), FS(2.5), IS(4), True, False, "s", None, 10**400, -10**400, [1]]:
    print(type(arg).__name__, [show(getattr(math, n), arg) for n in ["sqrt", "floor", "ceil", "trunc", "log", "log2", "log10", "factorial", "isqrt", "gcd", "frexp", "exp"]])
print(show(math.comb, I(), 3), show(math.perm, I(), I()), show(math.lcm, I(), 6), show(math.pow, F(), I()))
print(show(math.fsum, [F(), I(), 1]), show(math.hypot, F(), I()), show(math.dist, [F()], [I()]))
print(show(math.prod, [F(), 2]), show(math.prod, [I(), 2]), show(math.prod, [1, 2], start=FS(0.5)))
print(show(math.isclose, F(), 2.25), show(math.isclose, a=1, b=1.0000000001), show(math.isclose, 1, 2, abs_tol=I()))
print(show(math.ldexp, F(), I()), show(math.ldexp, 1.0, IS(3)), show(math.ldexp, 1.0, True))
print(show(math.factorial, 2**63), show(math.factorial, 2**63 - 1) if False else "", show(math.perm, 2**63, 0), show(math.comb, 2**63, 2**63))
print(show(math.perm, 10, None), show(math.perm, 4, 4), show(math.comb, 10**20, 3), show(math.perm, 10**20, 3))
print(show(math.comb, 2**70, 2**70 - 2), show(math.perm, 2**62, 2**64), show(math.comb, 100, 2**64))
print(show(math.gcd, 0, 0), show(math.gcd, -2**80, 2**81), show(math.lcm, 2**64, 3**40), show(math.lcm, 0, I()), show(math.lcm, 0, 1.5))
print(show(math.isqrt, 2**128), show(math.isqrt, 2**128 - 1), show(math.isqrt, True), show(math.isqrt, 10**50))
print(math.fsum([0.1] * 10 + [-1.0]), math.fsum([1e308, -1e308, 1e-308]), math.fsum(x * 1e-16 for x in range(1000)))
print(math.fsum([2.0**-1074, 1.0, -1.0, 2.0**53]), math.fsum([1.0, 1e100, 1.0, -1e100]), math.fsum([-0.0, -0.0]))
print(math.hypot(*range(20)), math.dist(range(5), [0.5] * 5), math.hypot(1e-300, 1e-300, 1e-300))
print(math.hypot(5e-324, 5e-324), math.hypot(1.5, 2.5, 3.5, 1e-17), math.hypot(-inf if False else 0.0, -0.0))
print(math.log(2**1100, 2), math.log(7**400, 7), math.log2(2**1024 - 1), math.log10(10**400 + 1))
print(math.gamma(0.1), math.gamma(-0.1), math.gamma(30.5), math.gamma(150.3), math.gamma(-150.3), math.gamma(-180.5), math.gamma(24))
print(math.lgamma(0.1), math.lgamma(-0.1), math.lgamma(1000.5), math.lgamma(-1000.5), math.lgamma(3.5), math.lgamma(1e-25))

# expect: F ['1.5', '2', '3', "TypeError: type F doesn't define __trunc__ method", '0.8109302162163288', '1.1699250014423124', '0.3521825181113625', "TypeError: 'F' object cannot be interpreted as an integer", "TypeError: 'F' object cannot be interpreted as an integer", "TypeError: 'F' object cannot be interpreted as an integer", '(0.5625, 2)', '9.487735836358526']
# expect: I ['3.0', '9', '9', "TypeError: type I doesn't define __trunc__ method", '2.1972245773362196', '3.169925001442312', '0.9542425094393249', '362880', '3', '9', '(0.5625, 4)', '8103.083927575384']
# expect: Bad ['TypeError: Bad.__float__ returned non-float (type str)', 'TypeError: Bad.__float__ returned non-float (type str)', 'TypeError: Bad.__float__ returned non-float (type str)', "TypeError: type Bad doesn't define __trunc__ method", 'TypeError: Bad.__float__ returned non-float (type str)', 'TypeError: Bad.__float__ returned non-float (type str)', 'TypeError: Bad.__float__ returned non-float (type str)', "TypeError: 'Bad' object cannot be interpreted as an integer", "TypeError: 'Bad' object cannot be interpreted as an integer", "TypeError: 'Bad' object cannot be interpreted as an integer", 'TypeError: Bad.__float__ returned non-float (type str)', 'TypeError: Bad.__float__ returned non-float (type str)']
# expect: T ['TypeError: must be real number, not T', "'f'", "'c'", "'t'", 'TypeError: must be real number, not T', 'TypeError: must be real number, not T', 'TypeError: must be real number, not T', "TypeError: 'T' object cannot be interpreted as an integer", "TypeError: 'T' object cannot be interpreted as an integer", "TypeError: 'T' object cannot be interpreted as an integer", 'TypeError: must be real number, not T', 'TypeError: must be real number, not T']
# expect: FS ['1.5811388300841898', '2', '3', '2', '0.9162907318741551', '1.3219280948873624', '0.3979400086720376', "TypeError: 'FS' object cannot be interpreted as an integer", "TypeError: 'FS' object cannot be interpreted as an integer", "TypeError: 'FS' object cannot be interpreted as an integer", '(0.625, 2)', '12.182493960703473']
# expect: IS ['2.0', '4', '4', '4', '1.3862943611198906', '2.0', '0.6020599913279624', '24', '2', '4', '(0.5, 3)', '54.598150033144236']
# expect: bool ['1.0', '1', '1', '1', '0.0', '0.0', '0.0', '1', '1', '1', '(0.5, 1)', '2.718281828459045']
# expect: bool ['0.0', '0', '0', '0', 'ValueError: math domain error', 'ValueError: math domain error', 'ValueError: math domain error', '1', '0', '0', '(0.0, 0)', '1.0']
# expect: str ['TypeError: must be real number, not str', 'TypeError: must be real number, not str', 'TypeError: must be real number, not str', "TypeError: type str doesn't define __trunc__ method", 'TypeError: must be real number, not str', 'TypeError: must be real number, not str', 'TypeError: must be real number, not str', "TypeError: 'str' object cannot be interpreted as an integer", "TypeError: 'str' object cannot be interpreted as an integer", "TypeError: 'str' object cannot be interpreted as an integer", 'TypeError: must be real number, not str', 'TypeError: must be real number, not str']
# expect: NoneType ['TypeError: must be real number, not NoneType', 'TypeError: must be real number, not NoneType', 'TypeError: must be real number, not NoneType', "TypeError: type NoneType doesn't define __trunc__ method", 'TypeError: must be real number, not NoneType', 'TypeError: must be real number, not NoneType', 'TypeError: must be real number, not NoneType', "TypeError: 'NoneType' object cannot be interpreted as an integer", "TypeError: 'NoneType' object cannot be interpreted as an integer", "TypeError: 'NoneType' object cannot be interpreted as an integer", 'TypeError: must be real number, not NoneType', 'TypeError: must be real number, not NoneType']
# expect: int ['OverflowError: int too large to convert to float', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '921.0340371976182', '1328.771237954945', '400.0', 'OverflowError: factorial() argument should not exceed 9223372036854775807', '100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 'OverflowError: int too large to convert to float', 'OverflowError: int too large to convert to float']
# expect: int ['OverflowError: int too large to convert to float', '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', '-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 'ValueError: math domain error', 'ValueError: math domain error', 'ValueError: math domain error', 'ValueError: factorial() not defined for negative values', 'ValueError: isqrt() argument must be nonnegative', '10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000', 'OverflowError: int too large to convert to float', 'OverflowError: int too large to convert to float']
# expect: list ['TypeError: must be real number, not list', 'TypeError: must be real number, not list', 'TypeError: must be real number, not list', "TypeError: type list doesn't define __trunc__ method", 'TypeError: must be real number, not list', 'TypeError: must be real number, not list', 'TypeError: must be real number, not list', "TypeError: 'list' object cannot be interpreted as an integer", "TypeError: 'list' object cannot be interpreted as an integer", "TypeError: 'list' object cannot be interpreted as an integer", 'TypeError: must be real number, not list', 'TypeError: must be real number, not list']
# expect: 84 362880 18 1477.8918800354004
# expect: 12.25 9.276987657639737 6.75
# expect: TypeError: unsupported operand type(s) for *: 'int' and 'F' TypeError: unsupported operand type(s) for *: 'int' and 'I' 1.0
# expect: True True True
# expect: TypeError: Expected an int as second argument to ldexp. 8.0 2.0
# expect: OverflowError: factorial() argument should not exceed 9223372036854775807  1 1
# expect: 3628800 24 166666666666666666661666666666666666666700000000000000000000 999999999999999999970000000000000000000200000000000000000000
# expect: 696898287454081973172400900209902591410176 0 0
# expect: 0 1208925819614629174706176 224269343257001716702690972139746492416 0 TypeError: 'float' object cannot be interpreted as an integer
# expect: 18446744073709551616 18446744073709551615 1 10000000000000000000000000
# expect: 5.551115123125783e-17 1e-308 4.995e-11
# expect: 9007199254740992.0 2.0 0.0
# expect: 49.69909455915671 4.6097722286464435 1.7320508075688774e-300
# expect: 5e-324 4.55521678957215 0.0
# expect: 1100.0 400.0 1024.0 400.0
# expect: 9.513507698668732 -10.686287021193193 4.8226969334909095e+31 1.7112969992195767e+261 -1.5097598047749159e-263 -0.0 2.585201673888497e+22
# expect: 2.2527126517342055 2.3689613327287886 5908.674175848678 -5914.437701116853 1.2009736023470738 57.564627324851145
