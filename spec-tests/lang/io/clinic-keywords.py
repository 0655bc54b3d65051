import io
for f in (lambda: open("x", foo=1), lambda: io.StringIO(foo=1), lambda: open("x", "r", 1, None, None, None, True, None, 9, mode="r")):
    try:
        f()
    except TypeError as e:
        print(e)

# expect: 'foo' is an invalid keyword argument for open()
# expect: 'foo' is an invalid keyword argument for StringIO()
# expect: open() takes at most 8 arguments (10 given)
