# Past the recursion limit, the call fails, not the int comparison before it
# (CPython 3.11 compares ints inline once COMPARE_OP is specialised); an int
# against a float is not specialised, and that comparison fails first.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

try:
    fact(5000)
except RecursionError as e:
    print(e)    # expect: maximum recursion depth exceeded
def fib(n):
    if n < 2.0:
        return n
    return fib(n - 1) + fib(n - 2) if n < 20 else fib(n - 1)
try:
    fib(5000)
except RecursionError as e:
    print(e)    # expect: maximum recursion depth exceeded in comparison
print([[1]] * 2 < [[2]])    # expect: True
