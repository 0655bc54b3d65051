class A:
    def __init__(self, x): self.x = x
    def f(self, a, b=2, *, c): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a, /, b): pass
    def __call__(self, q): pass
    def __getitem__(self): pass
    def __add__(self): pass
    def __len__(self, extra): return 1
    def __repr__(self): return "A"
tests = [
    lambda: A(1, 2), lambda: A(), lambda: A(1).f(), lambda: A(1).f(1), lambda: A(1).f(1, 2, 3, c=1),
    lambda: A.f(), lambda: A.cm(), lambda: A.cm(1, 2), lambda: A.sm(a=1, b=2), lambda: A.sm(1),
    lambda: A(1)(), lambda: A(1)(1, 2), lambda: A(1)[0], lambda: A(1) + 1, lambda: len(A(1)),
    lambda: A(1).f(1, c=1, d=2), lambda: A(y=1), lambda: A(1).cm(),
    lambda: A(1).nope(), lambda: A.nope, lambda: A(1).x(), lambda: A(1).f(1, b=3, a=2, c=1),
]
# expect: TypeError: A.__init__() takes 2 positional arguments but 3 were given
# expect: TypeError: A.__init__() missing 1 required positional argument: 'x'
# expect: TypeError: A.f() missing 1 required positional argument: 'a'
# expect: TypeError: A.f() missing 1 required keyword-only argument: 'c'
# expect: TypeError: A.f() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given
# expect: TypeError: A.f() missing 2 required positional arguments: 'self' and 'a'
# expect: TypeError: A.cm() missing 1 required positional argument: 'a'
# expect: TypeError: A.cm() takes 2 positional arguments but 3 were given
# expect: TypeError: A.sm() got some positional-only arguments passed as keyword arguments: 'a'
# expect: TypeError: A.sm() missing 1 required positional argument: 'b'
# expect: TypeError: A.__call__() missing 1 required positional argument: 'q'
# expect: TypeError: A.__call__() takes 2 positional arguments but 3 were given
# expect: TypeError: A.__getitem__() takes 1 positional argument but 2 were given
# expect: TypeError: A.__add__() takes 1 positional argument but 2 were given
# expect: TypeError: A.__len__() missing 1 required positional argument: 'extra'
# expect: TypeError: A.f() got an unexpected keyword argument 'd'
# expect: TypeError: A.__init__() got an unexpected keyword argument 'y'
# expect: TypeError: A.cm() missing 1 required positional argument: 'a'
# expect: AttributeError: 'A' object has no attribute 'nope'
# expect: AttributeError: type object 'A' has no attribute 'nope'
# expect: TypeError: 'int' object is not callable
# expect: TypeError: A.f() got multiple values for argument 'a'
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
