class A:
    pass

try:
    isinstance(A(), A())
except TypeError as e:
    print(e)   # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
try:
    issubclass(A, [A])
except TypeError as e:
    print(e)   # expect: issubclass() arg 2 must be a class, a tuple of classes, or a union
issubclass(A(), A)   # raises: TypeError: issubclass() arg 1 must be a class
