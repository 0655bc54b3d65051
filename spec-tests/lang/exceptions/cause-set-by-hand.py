class E(Exception):
    pass

e = E("outer")
print(e.__cause__, e.__context__, e.__suppress_context__)   # expect: None None False
e.__cause__ = ValueError("inner")
print(repr(e.__cause__), e.__suppress_context__)   # expect: ValueError('inner') True
e.__suppress_context__ = False
print(e.__suppress_context__)   # expect: False
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(err)   # expect: exception cause must be None or derive from BaseException
