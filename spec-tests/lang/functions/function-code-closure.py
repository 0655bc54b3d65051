# A closure's code may be replaced by one with as many free variables:
# the new code reads the function's own cells, by position.
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_scaler(k):
    def scale(x):
        return x * k
    return scale

add5 = make_adder(5)
scale3 = make_scaler(3)
print(add5(2), scale3(2))
add5.__code__ = scale3.__code__
print(add5(2))
print(add5.__code__.co_freevars, add5.__closure__[0].cell_contents)
print(add5.__name__)

def two():
    a, b = 1, 2
    def f():
        return a, b
    def g():
        return b * 10, a * 10
    return f, g

f, g = two()
f.__code__ = g.__code__
print(f())

# nonlocal writes go to the function's own cell.
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def step_by_ten():
        nonlocal count
        count += 10
        return count
    return step, step_by_ten

step, by_ten = counter()
print(step(), step())
step.__code__ = by_ten.__code__
print(step(), by_ten())

# expect: 7 6
# expect: 10
# expect: ('k',) 5
# expect: add
# expect: (20, 10)
# expect: 1 2
# expect: 12 22
