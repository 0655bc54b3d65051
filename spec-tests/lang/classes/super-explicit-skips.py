class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B"

class C(B):
    def who(self):
        return "C"

c = C()
print(super(C, c).who())   # expect: B
print(super(B, c).who())   # expect: A
print(super(C, C).who(c))   # expect: B
