class A:
    pass

a = A()
a.__call__ = lambda: "instance"
print(callable(a))   # expect: False
print(a.__call__())   # expect: instance
a()   # raises: TypeError: 'A' object is not callable
