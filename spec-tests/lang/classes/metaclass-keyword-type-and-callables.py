class A(metaclass=type):
    pass
print(type(A).__name__, A.__mro__[-1].__name__)   # expect: type object
class B(A, metaclass=type):
    x = 1
print(B.x, type(B) is type)   # expect: 1 True
try:
    class C(metaclass=type, flag=1):
        pass
except TypeError as e:
    print(e)   # expect: C.__init_subclass__() takes no keyword arguments
try:
    class D(metaclass=1):
        pass
except TypeError as e:
    print(e)   # expect: 'int' object is not callable
def meta(name, bases, ns, **kw):
    print("meta", name, bases, sorted(ns), kw)
    return type(name, bases, ns)
# expect: meta E (<class '__main__.A'>,) ['__module__', '__qualname__', 'y'] {'extra': 2}
class E(A, metaclass=meta, extra=2):
    y = 2
print(E.y, E.__bases__[0].__name__)   # expect: 2 A
