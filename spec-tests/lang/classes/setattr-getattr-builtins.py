class A:
    x = 1
    def f(self): pass
a = A()
setattr(a, "y", 2)
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "none"))   # expect: 1 2 none
print(hasattr(a, "f"), hasattr(a, "g"))                            # expect: True False
delattr(a, "y")
print([n for n in dir(a) if not n.startswith("__")])               # expect: ['f', 'x']
getattr(a, "y")   # raises: AttributeError: 'A' object has no attribute 'y'
