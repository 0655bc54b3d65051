def inner(xs):
    return xs[len(xs)]   # raises: IndexError: list index out of range

def outer():
    print('outer')
    return inner([1])

outer()   # expect: outer
