class A:
    x = property(None, lambda self, v: None)

a = A()
a.x = 3
print("set ok")   # expect: set ok
a.x   # raises: AttributeError: property 'x' of 'A' object has no getter
