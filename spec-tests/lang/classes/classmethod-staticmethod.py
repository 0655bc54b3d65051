class A:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def twice(x):
        return 2 * x
class B(A): pass
b = B.make()
print(type(b).__name__, B.count, A.count, A.twice(4), b.twice(5))   # expect: B 1 0 8 10
print(type(A.__dict__["make"]).__name__, type(A.__dict__["twice"]).__name__)   # expect: classmethod staticmethod
