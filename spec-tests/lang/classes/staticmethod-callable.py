@staticmethod
def f(x):
    return x * 2

print(f(21))   # expect: 42

class A:
    g = staticmethod(len)

print(A.g("four"))   # expect: 4
print(A().g([1, 2]))   # expect: 2
