class OnlyInit:
    def __init__(self, a):
        self.a = a

class Neither:
    pass

o = OnlyInit.__new__(OnlyInit)
print(type(o).__name__, hasattr(o, "a"))   # expect: OnlyInit False
print(object.__new__(OnlyInit, 1).__class__.__name__)   # expect: OnlyInit
print(object.__new__ is Neither.__new__)   # expect: True
try:
    object.__new__(Neither, 1)
except TypeError as e:
    print(e)   # expect: Neither() takes no arguments
object.__new__(1)   # raises: TypeError: object.__new__(X): X is not a type object (int)
