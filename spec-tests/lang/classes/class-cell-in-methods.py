class A:
    def which(self):
        return __class__
    @classmethod
    def cm(cls):
        return __class__, cls
    @staticmethod
    def sm():
        return __class__

class B(A):
    pass

print(B().which().__name__)   # expect: A
print([k.__name__ for k in B.cm()])   # expect: ['A', 'B']
print(A.sm() is A)   # expect: True
print("__class__" in A.__dict__)   # expect: False
