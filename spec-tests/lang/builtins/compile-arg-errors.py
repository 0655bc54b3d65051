# compile's argument checks.
for args, kw in [((1, 'f', 'exec'), {}), (('1', 'f'), {}), ((), {}), (('1', 1, 'exec'), {}), (('1', 'f', 'exec'), {'x': 1})]:
    try:
        compile(*args, **kw)
    except TypeError as e:
        print(e)
# expect: compile() arg 1 must be a string, bytes or AST object
# expect: compile() missing required argument 'mode' (pos 3)
# expect: compile() missing required argument 'source' (pos 1)
# expect: expected str, bytes or os.PathLike object, not int
# expect: 'x' is an invalid keyword argument for compile()
compile('1', 'f', 'exec', flags=1 << 30)    # raises: ValueError: compile(): unrecognised flags
