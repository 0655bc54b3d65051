class A:
    pass

def f(*args):
    return len(args)

a = A()
a.f = f
A.g = f
print(a.f(), a.g(), A.g())   # expect: 0 1 0
