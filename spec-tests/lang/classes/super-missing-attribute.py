class A:
    pass

class B(A):
    def f(self):
        return super().nothing   # raises: AttributeError: 'super' object has no attribute 'nothing'

B().f()
