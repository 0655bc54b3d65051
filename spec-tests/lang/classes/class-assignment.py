class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))   # expect: B B True
