class A:
    @property
    def x(self):
        "the x doc"
        return 1

p = A.x
print(type(p).__name__)   # expect: property
print(p.__doc__)   # expect: the x doc
print(p.fget.__name__)   # expect: x
print(p.fset, p.fdel)   # expect: None None
q = property(lambda self: 0, doc="given doc")
print(q.__doc__)   # expect: given doc
print(property().__doc__)   # expect: None
