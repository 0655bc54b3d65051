class A:
    @staticmethod
    def add(a, b):
        return a + b

print(A.add(1, 2))   # expect: 3
print(A().add(3, 4))   # expect: 7
sm = A.__dict__["add"]
print(type(sm).__name__)   # expect: staticmethod
print(sm.__func__ is A.add)   # expect: True
print(A.add is A().add)   # expect: True
