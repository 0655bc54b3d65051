# A subscript of a constant by a constant is folded; a slice, a store and a
# subscript that raises are not.
def f(x):
    a = 'Z'[0]
    b = (1, 2, 3)[-1]
    c = b'xyz'[1]
    d = {1, 'ab'[1], 1.5, ('q', 'r')[1]}
    e = 'abc'[1:]
    g = 'abc'[5]
    h = ((1, 2), 3)[0][1]
    x is 'a'[0]
    return a, b, c, d, e, g, h
