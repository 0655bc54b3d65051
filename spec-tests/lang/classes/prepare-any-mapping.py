# A metaclass's __prepare__ may return any mapping: the class body's
# names go through its __setitem__/__getitem__/__delitem__.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class A(metaclass=Meta):
    x = 1
    def f(self): pass
    y = x + 1
print(A.order, A.y)  # expect: ['x', 'f', 'y'] 2
class Default(dict):
    def __missing__(self, k):
        return 'missing-' + k
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Default()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class B(metaclass=M2):
    v = undefined_name
print(B.v)  # expect: missing-undefined_name
class Mapping:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d['_' + k if not k.startswith('__') else k] = v
    def __delitem__(self, k):
        raise RuntimeError('no')
class M3(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)
class C(metaclass=M3):
    a = 1
    b = len
print(C._a, C._b is len)  # expect: 1 True
try:
    class D(metaclass=M3):
        a = 1
        del a
except NameError as e:
    print(e)  # expect: name 'a' is not defined
class M4(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Mapping()
try:
    class E(metaclass=M4):
        pass
except TypeError as e:
    print(e)  # expect: type.__new__() argument 3 must be dict, not Mapping
class M5(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class F(metaclass=M5):
        pass
except TypeError as e:
    print(e)  # expect: M5.__prepare__() must return a mapping, not int
