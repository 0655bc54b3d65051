class A: pass
print(getattr(A(), "missing", None))   # expect: None
try:
    getattr(A(), 1)
except TypeError as e:
    print(e)   # expect: attribute name must be string, not 'int'
a = A()
setattr(A, "shared", 5)
print(a.shared, hasattr(A, "shared"))   # expect: 5 True
delattr(A, "shared")
print(hasattr(a, "shared"))             # expect: False
hasattr(a, 2)   # raises: TypeError: attribute name must be string, not 'int'
