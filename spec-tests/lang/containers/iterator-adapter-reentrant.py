# enumerate and zip call the iterators they wrap,
# which may be Python code that calls next() on the very adapter: CPython
# recurses until the limit, and so must lython (no borrow held meanwhile).
class Again:
    def __iter__(self): return self
    def __next__(self): return next(e)
e = enumerate(Again())
try:
    next(e)
except RecursionError as x:
    print(type(x).__name__)  # expect: RecursionError
class Once:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        if self.n == 2:
            print('inner', next(z))  # expect: inner (3, 'b')
        return self.n
z = zip(Once(), 'abc')
print(list(z))  # expect: [(1, 'a'), (3, 'c')]
