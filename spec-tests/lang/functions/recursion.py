def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fact(5))    # expect: 120
print(fact(30))   # expect: 265252859812191058636308480000000
print(fib(20))    # expect: 6765

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500)) # expect: 500
