class A:
    __hash__ = None

a = A()
print(a == a)   # expect: True
print(isinstance(a.__hash__, type(None)))   # expect: True
set([a])   # raises: TypeError: unhashable type: 'A'
