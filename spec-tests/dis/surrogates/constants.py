# Lone surrogates in constants: CPython's dis shows them escaped.
a = '\ud800'
b = ('\udc80', 'x\udfff', '\ud83d\ude00')
c = '\ud800' + 'y'
d = {'\udc80': 1}


def f(s):
    return s == '\ud800' or s in frozenset({'\udcff', 'z'})
