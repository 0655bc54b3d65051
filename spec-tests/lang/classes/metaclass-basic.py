class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted([k for k in ns if not k.startswith("__")]), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tagged = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

# expect: Meta.__new__ A ['f'] {'flavour': 'x'}
# expect: Meta.__init__ A
class A(metaclass=Meta, flavour="x"):
    def f(self):
        pass

print(type(A).__name__, A.tagged, isinstance(A, Meta))   # expect: Meta True True
# expect: Meta.__new__ B [] {}
# expect: Meta.__init__ B
class B(A):
    pass
print(type(B).__name__)   # expect: Meta
