import functools
def f(a: int) -> str: pass
print(classmethod(f).__annotations__, staticmethod(f).__annotations__)
class A:
    @functools.singledispatchmethod
    @classmethod
    def go(cls, arg): return 'any'
    @go.register
    @classmethod
    def _(cls, arg: int): return 'int'
print(A.go(1), A.go('x'))

# expect: {'a': <class 'int'>, 'return': <class 'str'>} {'a': <class 'int'>, 'return': <class 'str'>}
# expect: int any
