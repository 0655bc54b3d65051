class E(Exception):
    pass

e = E("x")
e.__notes__ = ("a tuple",)
try:
    e.add_note("more")
except TypeError as err:
    print(err)   # expect: Cannot add note: __notes__ is not a list
f = E("y")
f.add_note("only note")
print(f.__notes__, "__notes__" in f.__dict__)   # expect: ['only note'] True
E().add_note()   # raises: TypeError: BaseException.add_note() takes exactly one argument (0 given)
