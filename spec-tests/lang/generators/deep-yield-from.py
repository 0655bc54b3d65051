import sys

def chain(n):
    if n == 0:
        yield "bottom"
        return "ret"
    r = yield from chain(n - 1)
    return r

g = chain(300)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

def too_deep(n):
    yield from too_deep(n + 1)

try:
    next(too_deep(0))
except RecursionError as e:
    print("RecursionError", e)

# expect: bottom
# expect: ret
# expect: RecursionError maximum recursion depth exceeded
