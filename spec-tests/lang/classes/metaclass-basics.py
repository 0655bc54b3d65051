# Metaclasses: a class is an instance of its metaclass; the metaclass's
# __new__, __init__, __call__ and __prepare__ run, and its methods bind to classes.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.called = True
        return obj
    def hello(cls):
        return 'hello from ' + cls.__name__
class A(metaclass=M, flag=1):
    def __init__(self, v):
        self.v = v
a = A(5)
t(lambda: (a.v, a.called, A.made_by, A.kw))  # expect: (5, True, 'M', {'flag': 1})
t(lambda: (type(A).__name__, isinstance(A, M), isinstance(A, type)))  # expect: ('M', True, True)
t(lambda: A.hello())  # expect: hello from A
t(lambda: 'hello' in dir(A))  # expect: False
class B(A): pass
t(lambda: (type(B).__name__, B.made_by, B.kw))  # expect: ('M', 'M', {})
t(lambda: type(type('C', (A,), {})).__name__)  # expect: M
class Other(type): pass
class O(metaclass=Other): pass
try:
    class Bad(A, O): pass
except TypeError as e:
    print(e)  # expect: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
class P(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'injected': name.lower()}
class Q(metaclass=P): pass
t(lambda: Q.injected)  # expect: q
t(lambda: type.__new__(M))  # expect: TypeError type.__new__() takes exactly 3 arguments (0 given)
t(lambda: type.__init__(A, 1, 2))  # expect: TypeError type.__init__() takes 1 or 3 arguments
t(lambda: type('X', (), {}, flag=1))  # expect: TypeError X.__init_subclass__() takes no keyword arguments
t(lambda: M.__mro__)  # expect: (<class '__main__.M'>, <class 'type'>, <class 'object'>)
t(lambda: M.__base__)  # expect: <class 'type'>
def not_a_type(name, bases, ns):
    return name.upper()
class lower(metaclass=not_a_type): pass
t(lambda: lower)  # expect: LOWER
