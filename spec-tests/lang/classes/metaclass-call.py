class Counting(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kwargs)

class A(metaclass=Counting):
    def __init__(self, v):
        self.v = v

a, b = A(1), A(2)
print(A.made, a.v, b.v)   # expect: 2 1 2
