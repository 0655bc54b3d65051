class A:
    x = 1

a = A()
try:
    del a.x
except AttributeError as e:
    print(e)   # expect: 'A' object has no attribute 'x'
del A.x
del A.x   # raises: AttributeError: type object 'A' has no attribute 'x'
