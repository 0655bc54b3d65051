# A finally ending with a for loop: the location is unset after the loop,
# so the closing RERAISE takes the for's line from FOR_ITER.
def f(a):
    try:
        g()
    finally:
        for i in a:
            x = i
