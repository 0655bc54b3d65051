# type.__new__ takes __classcell__ out of the class's namespace and fills
# the cell; errors about ** in a call name the callee as CPython does.
class A:
    def f(self):
        return __class__
print('__classcell__' in A.__dict__, A().f() is A)
try:
    type('B', (), {'__classcell__': 1})
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(sorted(k for k in ns if k.startswith('__class')))
        return super().__new__(mcls, name, bases, ns)
class C(metaclass=Meta):
    def g(self):
        return super()
print(type(C().g()).__name__)
def f(a=None, **k):
    pass
class D:
    def m(self, a=None):
        pass
for call in (lambda: f(a=1, **{'a': 2}), lambda: D().m(a=1, **{'a': 2}), lambda: print(**{'sep': 1}, sep=2),
             lambda: f(**1), lambda: D(**[1]), lambda: f(*1), lambda: len(*None)):
    try:
        call()
    except TypeError as e:
        print(e)

# expect: False True
# expect: __classcell__ must be a nonlocal cell, not <class 'int'>
# expect: ['__classcell__']
# expect: super
# expect: __main__.f() got multiple values for keyword argument 'a'
# expect: __main__.D.m() got multiple values for keyword argument 'a'
# expect: print() got multiple values for keyword argument 'sep'
# expect: __main__.f() argument after ** must be a mapping, not int
# expect: __main__.D() argument after ** must be a mapping, not list
# expect: __main__.f() argument after * must be an iterable, not int
# expect: len() argument after * must be an iterable, not NoneType
