class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        print("__add__")
        return V(self.n + other)
    def __isub__(self, other):
        print("__isub__ says NotImplemented")
        return NotImplemented
    def __sub__(self, other):
        print("__sub__")
        return V(self.n - other)

v = V(1)
old = v
v += 10   # expect: __add__
print(v.n, v is old)   # expect: 11 False
# expect: __isub__ says NotImplemented
# expect: __sub__
v -= 1
print(v.n)   # expect: 10
