def f():
    return (x for x in undefined_name)
try:
    f()
except NameError as e:
    print(e)
g = (y for x in [1] for y in undefined_inner)
try:
    next(g)
except NameError as e:
    print(e)
g = (x.missing for x in [1])
try:
    next(g)
except AttributeError as e:
    print(e)
print(list(x for x in range(3) if x))
g = (i for i in range(2))
print(g.__name__, g.__qualname__)
def outer():
    return (i for i in range(1))
print(outer().__qualname__)

# expect: name 'undefined_name' is not defined
# expect: name 'undefined_inner' is not defined
# expect: 'int' object has no attribute 'missing'
# expect: [1, 2]
# expect: <genexpr> <genexpr>
# expect: outer.<locals>.<genexpr>
