class A:
    pass

class B(A):
    def f(self):
        super().x = 1   # raises: AttributeError: 'super' object has no attribute 'x'

B().f()
