# The end of a try nested in an if is an empty block before the return None:
# jumps skip it, so each branch of the inner if gets its own return.
def f(a, b, c):
    if a:
        try:
            if b:
                g()
            else:
                h()
        except OSError as e:
            raise X from e
