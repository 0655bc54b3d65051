class A:
    pass

a = A()
print(a.__class__ is A, a.__class__.__name__)   # expect: True A
print(A.__module__, A.__doc__, A.__name__)   # expect: __main__ None A
print(type(a).__class__ is type)   # expect: True
