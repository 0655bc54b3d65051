# repr and comparisons of deep structures stop at the recursion limit, with
# CPython's messages; freeing a deep structure does not recurse.
def nest(n, wrap):
    x = ()
    for i in range(n):
        x = wrap(x)
    return x
def attempt(f):
    try:
        f()
        print('ok')
    except RecursionError as e:
        print(e)
attempt(lambda: repr(nest(5000, lambda x: (x,))))  # expect: maximum recursion depth exceeded while getting the repr of an object
attempt(lambda: repr(nest(5000, lambda x: [x])))   # expect: maximum recursion depth exceeded while getting the repr of an object
attempt(lambda: str(nest(5000, lambda x: {1: x}))) # expect: maximum recursion depth exceeded while getting the repr of an object
attempt(lambda: nest(5000, lambda x: [x]) == nest(5000, lambda x: [x]))          # expect: maximum recursion depth exceeded in comparison
attempt(lambda: nest(5000, lambda x: [x]) < nest(5000, lambda x: [x]))           # expect: maximum recursion depth exceeded in comparison
attempt(lambda: nest(5000, lambda x: {1: x}) == nest(5000, lambda x: {1: x}))    # expect: maximum recursion depth exceeded in comparison
attempt(lambda: nest(5000, lambda x: (x,)) == nest(5000, lambda x: (x,)))        # expect: maximum recursion depth exceeded in comparison
deep = nest(50000, lambda x: [x, {1: (x,)}])
del deep
print('freed')                                     # expect: freed
