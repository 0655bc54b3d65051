x = "global"
g = (x for _ in range(1))
x = "changed"
print(list(g))

def f():
    items = [1, 2, 3]
    factor = 10
    gen = (i * factor for i in items)
    factor = 100
    return gen
print(list(f()))

def outer():
    data = range(3)
    return list(y for y in data)
print(outer())

class C:
    values = [1, 2, 3]
    doubled = list(v * 2 for v in values)
print(C.doubled)
try:
    (i for i in 5)
except TypeError as e:
    print(e)
g = (1 / i for i in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))

# expect: ['changed']
# expect: [100, 200, 300]
# expect: [0, 1, 2]
# expect: [2, 4, 6]
# expect: 'int' object is not iterable
# expect: 1.0
# expect: ZeroDivisionError division by zero
# expect: []
