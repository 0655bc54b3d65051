import math
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: math.comb(n=1, k=2))
t(lambda: math.perm(n=1))
t(lambda: math.fmod(x=1, y=2))
t(lambda: math.frexp(x=1))
t(lambda: math.ldexp(x=1, i=2))
t(lambda: math.degrees(x=1))
t(lambda: math.trunc(x=1))
t(lambda: math.log(1, base=2))
t(lambda: math.log(0))
t(lambda: math.log(-1))
t(lambda: math.log(1, 1))
t(lambda: math.log(10**1000))
t(lambda: math.log(10**1000, 10))
t(lambda: math.log10(10**1000))
t(lambda: math.log2(2**5000))
t(lambda: math.log2(-2**5000))
t(lambda: math.log(True))
t(lambda: math.log(2.0, 0.5))
t(lambda: math.log(1.5, 1.0))
t(lambda: math.frexp(10**400))

# expect: TypeError math.comb() takes no keyword arguments
# expect: TypeError math.perm() takes no keyword arguments
# expect: TypeError math.fmod() takes no keyword arguments
# expect: TypeError math.frexp() takes no keyword arguments
# expect: TypeError math.ldexp() takes no keyword arguments
# expect: TypeError math.degrees() takes no keyword arguments
# expect: TypeError math.trunc() takes no keyword arguments
# expect: TypeError log() takes no keyword arguments
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ZeroDivisionError float division by zero
# expect: 2302.585092994045
# expect: 999.9999999999997
# expect: 1000.0
# expect: 5000.0
# expect: ValueError math domain error
# expect: 0.0
# expect: -1.0
# expect: ZeroDivisionError float division by zero
# expect: OverflowError int too large to convert to float
