class A:
    pass

a = A()
print(getattr(a, "missing", None))   # expect: None
setattr(a, "dynamic name", 5)
print(getattr(a, "dynamic name"))   # expect: 5
print(a.__dict__)   # expect: {'dynamic name': 5}
getattr(a, "missing")   # raises: AttributeError: 'A' object has no attribute 'missing'
