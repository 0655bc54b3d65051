class A:
    def f(self, x):
        "docs of f"
        return x * 2

a = A()
m = a.f
print(m(4), A.f(a, 5))   # expect: 8 10
print(m.__name__, m.__qualname__, m.__doc__)   # expect: f A.f docs of f
print(repr(m).startswith("<bound method A.f of <__main__.A object at 0x"))   # expect: True
print(type(m).__name__)   # expect: method
