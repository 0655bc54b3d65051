# Conditions and expression statements that fold to constants (as CPython's
# AST optimiser folds them) are constants: loaded and tested, or a NOP.
def f(a, b):
    not not 's'
    -1
    while (1 or not 1):
        f('s', a)
        x = 2.5
    while ((a == b) and
            not None):
        g()
    assert not None, 'm'
    if not (1 + 1):
        h()
