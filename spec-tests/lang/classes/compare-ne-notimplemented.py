class A:
    def __eq__(self, other):
        return NotImplemented

a = A()
print(a == a, a != a)   # expect: True False
print(a == A(), a != A())   # expect: False True
print(a == 1, 1 != a)   # expect: False True
