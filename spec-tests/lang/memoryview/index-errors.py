def attempt(f):
    try:
        print(f())
    except (TypeError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
m = memoryview(b'abc')
attempt(lambda: m[3])
attempt(lambda: m[-4])
attempt(lambda: m[2**70])
attempt(lambda: m['a'])
attempt(lambda: m[1.0])
attempt(lambda: m[...])
attempt(lambda: m[()])
attempt(lambda: m[0,])
attempt(lambda: m[0, 1])
attempt(lambda: m[0:1, 0:1])
attempt(lambda: m[True])
class I:
    def __index__(self):
        return -1
attempt(lambda: m[I()])

# expect: IndexError index out of bounds on dimension 1
# expect: IndexError index out of bounds on dimension 1
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: TypeError memoryview: invalid slice key
# expect: TypeError memoryview: invalid slice key
# expect: TypeError memoryview: invalid slice key
# expect: NotImplementedError sub-views are not implemented
# expect: 97
# expect: TypeError cannot index 1-dimension view with 2-element tuple
# expect: NotImplementedError multi-dimensional slicing is not implemented
# expect: 98
# expect: 99
