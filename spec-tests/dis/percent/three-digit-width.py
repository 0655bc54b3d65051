def f(x):
    a = '%99s|%.99s' % (x, x)
    b = '%100s' % (x,)
    c = '%.100s' % (x,)
    d = '%0009s' % (x,)
    return a, b, c, d
