class A: pass
a = A()
try:
    a.missing
except AttributeError as e:
    print(e)   # expect: 'A' object has no attribute 'missing'
try:
    A.missing
except AttributeError as e:
    print(e)   # expect: type object 'A' has no attribute 'missing'
del a.nothing   # raises: AttributeError: 'A' object has no attribute 'nothing'
