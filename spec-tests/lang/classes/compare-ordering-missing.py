class A:
    def __lt__(self, other):
        return True

print(A() < A())   # expect: True
print(A() > A())   # expect: True
A() <= A()   # raises: TypeError: '<=' not supported between instances of 'A' and 'A'
