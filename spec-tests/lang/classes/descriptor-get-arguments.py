class Show:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)

class A:
    d = Show()

class B(A):
    pass

print(A.d)   # expect: (True, 'A')
print(A().d)   # expect: (False, 'A')
print(B.d)   # expect: (True, 'B')
print(B().d)   # expect: (False, 'B')
