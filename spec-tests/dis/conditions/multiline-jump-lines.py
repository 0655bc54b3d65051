# A jump of a condition belongs to the statement (or conditional
# expression) around it, not to the operand before it; a comparison sets
# its own location and keeps it for what follows.
def f(a, b, c):
    if (a and
            b):
        pass
    if not (a and
            b):
        pass
    while (a or
           b):
        pass
    assert (a and
            b), "m"
    y = (1 if a and
         b else 2)
    if (a and
            b == 1):
        pass
    if (a <
            b < c):
        pass
    assert (a and
            b in c), "m"
    if a:
        pass
    else:
        if (a.b and
                (b != a)):
            return y
