class A:
    def f(self):
        return "A"

class B(A):
    def f(self):
        return "B+" + super().f()
    def cls(self):
        return __class__

Original = B
B = None
print(Original().f())   # expect: B+A
print(Original().cls() is Original)   # expect: True
