class A:
    pass

print(callable(A()))   # expect: False
A()()   # raises: TypeError: 'A' object is not callable
