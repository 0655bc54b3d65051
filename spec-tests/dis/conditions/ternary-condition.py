# A conditional expression used as a condition tests its test, then jumps
# on whichever branch was chosen.
def f(a, b, c):
    if (a if b else c):
        return 1
    while not (a if b else c):
        b = c
    return [x for x in a if (x if b else c)]
