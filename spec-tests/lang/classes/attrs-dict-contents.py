class A:
    "doc"
    x = 1
    def f(self):
        pass

a = A()
a.y = 2
print(a.__dict__)   # expect: {'y': 2}
print(sorted([k for k in A.__dict__ if not k.startswith("__")]))   # expect: ['f', 'x']
print(A.__dict__["x"], A.__doc__, A.__module__)   # expect: 1 doc __main__
print("f" in dir(a), "y" in dir(a), "x" in dir(A))   # expect: True True True
a.__dict__["z"] = 3
print(a.z)   # expect: 3
