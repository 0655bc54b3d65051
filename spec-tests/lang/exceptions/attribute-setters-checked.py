class E(Exception):
    pass

e = E("x")
for name, value in (("__context__", 5), ("__suppress_context__", 1), ("args", 3)):
    try:
        setattr(e, name, value)
    except TypeError as err:
        # expect: __context__ -> exception context must be None or derive from BaseException
        # expect: __suppress_context__ -> attribute value type must be bool
        # expect: args -> 'int' object is not iterable
        print(name, "->", err)
e.__context__ = KeyError("k")
print(repr(e.__context__), e.__suppress_context__)   # expect: KeyError('k') False
e.__context__ = None
print(e.__context__)   # expect: None
e.args = "ab"
print(e.args)   # expect: ('a', 'b')
del e.args   # raises: TypeError: args may not be deleted
