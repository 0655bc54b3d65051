class Outer(Exception):
    pass

try:
    raise Outer("o") from KeyError
except Outer as e:
    print(type(e.__cause__).__name__, e.__cause__.args)   # expect: KeyError ()
raise Outer("x") from 5   # raises: TypeError: exception causes must derive from BaseException
