def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.args, e.value)
print(list(count(5)))
print(sum(count(101)))
print(next(count(0), "default"))

# expect: generator
# expect: 0 1 2
# expect: done () None
# expect: [0, 1, 2, 3, 4]
# expect: 5050
# expect: default
