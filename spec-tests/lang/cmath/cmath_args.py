import cmath, math
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
class BadC:
    def __complex__(self): return 1
class CS(complex): pass
t(lambda: cmath.sqrt(C())); t(lambda: cmath.sqrt(F())); t(lambda: cmath.sqrt(I())); t(lambda: cmath.sqrt(BadC()))
t(lambda: cmath.sqrt(CS(-4))); t(lambda: cmath.sqrt(True)); t(lambda: cmath.sqrt(10**400)); t(lambda: cmath.sqrt("a"))
t(lambda: cmath.sqrt()); t(lambda: cmath.sqrt(1, 2)); t(lambda: cmath.sqrt(z=1)); t(lambda: cmath.log())
t(lambda: cmath.log(1, 2, 3)); t(lambda: cmath.log(1, base=2)); t(lambda: cmath.rect(1)); t(lambda: cmath.rect(1j, 1))
t(lambda: cmath.polar()); t(lambda: cmath.phase(1, 2)); t(lambda: cmath.isclose(1j)); t(lambda: cmath.isclose(1, 2, 3))
t(lambda: cmath.isclose(1, 1, rel_tol=-1)); t(lambda: cmath.isclose(a=1j, b=1j)); t(lambda: cmath.isclose(1, 2, x=1))
t(lambda: cmath.isclose(1j, 1.0000000001j)); t(lambda: cmath.isclose(1e308+1e308j, -1e308-1e308j))
t(lambda: cmath.isclose(complex(math.inf, 0), complex(math.inf, 1))); t(lambda: cmath.isclose(complex(math.nan, 0), 0, abs_tol=math.inf))
t(lambda: cmath.isclose(1, 1.1, rel_tol=0.1)); t(lambda: cmath.isclose(0, 1e-10j, abs_tol=1e-9))
t(lambda: cmath.log(0, 2)); t(lambda: cmath.log(2, 0)); t(lambda: cmath.log(2, 1)); t(lambda: cmath.log(1j, 2+1j)); t(lambda: cmath.log(100, 10))
t(lambda: cmath.log(-math.inf, 2)); t(lambda: cmath.log(C(), F())); t(lambda: cmath.log10(0)); t(lambda: cmath.log10(-1e-320))
t(lambda: cmath.polar(1e308+1e308j)); t(lambda: cmath.polar(complex(math.inf, math.nan))); t(lambda: cmath.polar(complex(1.5e308, 1.5e308)))
t(lambda: cmath.exp(709.5+0.5j)); t(lambda: cmath.exp(710+0j)); t(lambda: cmath.cosh(711+1j)); t(lambda: cmath.sinh(-711+1j))
t(lambda: cmath.cos(1+711j)); t(lambda: cmath.tan(1+711j)); t(lambda: cmath.tanh(400+1j)); t(lambda: cmath.sqrt(1e-320-1e-320j))
t(lambda: cmath.acosh(1e200j)); t(lambda: cmath.asinh(-1e300-1e300j)); t(lambda: cmath.atan(1j)); t(lambda: cmath.atan(-1j))
t(lambda: cmath.atanh(1+1e-170j)); t(lambda: cmath.atanh(-1-1e-170j)); t(lambda: cmath.atanh(1e200+1j)); t(lambda: cmath.asin(1e300))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, math.copysign(1, cmath.nanj.imag))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
print(sorted(n for n in dir(math) if not n.startswith("_")))

# expect: (1+1j)
# expect: (2+0j)
# expect: (3+0j)
# expect: TypeError __complex__ returned non-complex (type int)
# expect: 2j
# expect: (1+0j)
# expect: OverflowError int too large to convert to float
# expect: TypeError must be real number, not str
# expect: TypeError cmath.sqrt() takes exactly one argument (0 given)
# expect: TypeError cmath.sqrt() takes exactly one argument (2 given)
# expect: TypeError cmath.sqrt() takes no keyword arguments
# expect: TypeError log expected at least 1 argument, got 0
# expect: TypeError log expected at most 2 arguments, got 3
# expect: TypeError cmath.log() takes no keyword arguments
# expect: TypeError rect expected 2 arguments, got 1
# expect: TypeError must be real number, not complex
# expect: TypeError cmath.polar() takes exactly one argument (0 given)
# expect: TypeError cmath.phase() takes exactly one argument (2 given)
# expect: TypeError isclose() missing required argument 'b' (pos 2)
# expect: TypeError isclose() takes exactly 2 positional arguments (3 given)
# expect: ValueError tolerances must be non-negative
# expect: True
# expect: TypeError 'x' is an invalid keyword argument for isclose()
# expect: True
# expect: False
# expect: False
# expect: False
# expect: True
# expect: True
# expect: (-inf+nanj)
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: (0.8443602876407569+1.4654938711011811j)
# expect: (2+0j)
# expect: (inf+nanj)
# expect: (0.5+1.1330900354567985j)
# expect: ValueError math domain error
# expect: (-320.000004834948+1.3643763538418412j)
# expect: (1.4142135623730951e+308, 0.7853981633974483)
# expect: (inf, nan)
# expect: OverflowError math range error
# expect: (1.1891123654305422e+308+6.496150459387445e+307j)
# expect: OverflowError math range error
# expect: OverflowError math range error
# expect: OverflowError math range error
# expect: OverflowError math range error
# expect: 1j
# expect: (1+0j)
# expect: (1.0986779977260263e-160-4.5508732733903664e-161j)
# expect: (461.2101657793691+1.5707963267948966j)
# expect: (-691.8152486690535-0.7853981633974483j)
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: (196.06630649477387+0.7853981633974483j)
# expect: (-196.06630649477387-0.7853981633974483j)
# expect: (1e-200+1.5707963267948966j)
# expect: (1.5707963267948966+691.4686750787736j)
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf infj nan nanj 1.0
# expect: ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']
# expect: ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'e', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nan', 'nextafter', 'perm', 'pi', 'pow', 'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc', 'ulp']
