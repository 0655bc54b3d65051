import math
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
t(lambda: math.sqrt(x=1))
t(lambda: math.floor())
t(lambda: math.floor(x=1))
t(lambda: math.atan2(1))
t(lambda: math.atan2(1, x=2))
t(lambda: math.fmod(1))
t(lambda: math.fmod(1, 2, 3))
t(lambda: math.pow(1))
t(lambda: math.log())
t(lambda: math.log(1, 2, 3))
t(lambda: math.log(x=1))
t(lambda: math.perm())
t(lambda: math.perm(1, 2, 3))
t(lambda: math.comb(1))
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose(1, 2, foo=3))
t(lambda: math.isclose(a=1, b=2))
t(lambda: math.prod())
t(lambda: math.prod([1], 2))
t(lambda: math.prod([1], foo=2))
t(lambda: math.prod([2], start=3))
t(lambda: math.gcd(x=1))
t(lambda: math.hypot(x=1))
t(lambda: math.fsum())
t(lambda: math.ldexp(1))
t(lambda: math.ldexp(1, 2.0))
t(lambda: math.dist([1]))
t(lambda: math.sqrt("a"))
t(lambda: math.ldexp("a", 1))
t(lambda: math.trunc("a"))
t(lambda: math.floor("a"))
t(lambda: math.factorial(1.0))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(2**70))
t(lambda: math.factorial(-2**70))
t(lambda: math.gcd(1.0))
t(lambda: math.isqrt(-1))
t(lambda: math.isqrt(2.0))
t(lambda: math.comb(2**70, 2**69))
t(lambda: math.perm(2**70, 2**69))
t(lambda: math.perm(2**70, 2**64))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(1, -2))
t(lambda: math.nextafter(1))
t(lambda: math.ulp())
t(lambda: math.isclose(1, 2, rel_tol=-1))
t(lambda: math.cos(x=1))
t(lambda: math.isqrt())
t(lambda: math.hypot())
t(lambda: math.dist(1, 2))
t(lambda: math.dist([1, 2], [1]))
t(lambda: math.fsum(1))
t(lambda: math.fsum(["a"]))

# expect: TypeError math.sqrt() takes exactly one argument (0 given)
# expect: TypeError math.sqrt() takes exactly one argument (2 given)
# expect: TypeError math.sqrt() takes no keyword arguments
# expect: TypeError math.floor() takes exactly one argument (0 given)
# expect: TypeError math.floor() takes no keyword arguments
# expect: TypeError atan2 expected 2 arguments, got 1
# expect: TypeError math.atan2() takes no keyword arguments
# expect: TypeError fmod expected 2 arguments, got 1
# expect: TypeError fmod expected 2 arguments, got 3
# expect: TypeError pow expected 2 arguments, got 1
# expect: TypeError math.log requires 1 to 2 arguments
# expect: TypeError math.log requires 1 to 2 arguments
# expect: TypeError log() takes no keyword arguments
# expect: TypeError perm expected at least 1 argument, got 0
# expect: TypeError perm expected at most 2 arguments, got 3
# expect: TypeError comb expected 2 arguments, got 1
# expect: TypeError isclose() missing required argument 'b' (pos 2)
# expect: TypeError isclose() takes exactly 2 positional arguments (3 given)
# expect: TypeError 'foo' is an invalid keyword argument for isclose()
# expect: False
# expect: TypeError prod() takes exactly 1 positional argument (0 given)
# expect: TypeError prod() takes exactly 1 positional argument (2 given)
# expect: TypeError 'foo' is an invalid keyword argument for prod()
# expect: 6
# expect: TypeError math.gcd() takes no keyword arguments
# expect: TypeError math.hypot() takes no keyword arguments
# expect: TypeError math.fsum() takes exactly one argument (0 given)
# expect: TypeError ldexp expected 2 arguments, got 1
# expect: TypeError Expected an int as second argument to ldexp.
# expect: TypeError dist expected 2 arguments, got 1
# expect: TypeError must be real number, not str
# expect: TypeError must be real number, not str
# expect: TypeError type str doesn't define __trunc__ method
# expect: TypeError must be real number, not str
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError factorial() not defined for negative values
# expect: OverflowError factorial() argument should not exceed 9223372036854775807
# expect: ValueError factorial() not defined for negative values
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: ValueError isqrt() argument must be nonnegative
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError min(n - k, k) must not exceed 9223372036854775807
# expect: OverflowError k must not exceed 9223372036854775807
# expect: OverflowError k must not exceed 9223372036854775807
# expect: ValueError n must be a non-negative integer
# expect: ValueError k must be a non-negative integer
# expect: TypeError nextafter expected 2 arguments, got 1
# expect: TypeError math.ulp() takes exactly one argument (0 given)
# expect: ValueError tolerances must be non-negative
# expect: TypeError math.cos() takes no keyword arguments
# expect: TypeError math.isqrt() takes exactly one argument (0 given)
# expect: 0.0
# expect: TypeError 'int' object is not iterable
# expect: ValueError both points must have the same number of dimensions
# expect: TypeError 'int' object is not iterable
# expect: TypeError must be real number, not str
