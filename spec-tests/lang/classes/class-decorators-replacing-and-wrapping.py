class Base:
    def f(self):
        return "Base.f"

def subclassing(cls):
    return type(cls.__name__ + "Wrapped", (cls,), {"wrapped": True})

@subclassing
class A(Base):
    def f(self):
        return "A.f > " + super().f()
    def cls_cell(self):
        return __class__.__name__

a = A()
print(type(a).__name__, a.f(), a.cls_cell(), a.wrapped, [k.__name__ for k in type(a).__mro__])   # expect: AWrapped A.f > Base.f A True ['AWrapped', 'A', 'Base', 'object']

def replace_with_function(cls):
    def make():
        return cls()
    make.original = cls
    return make

@replace_with_function
class B(Base):
    def f(self):
        return "B.f > " + super().f()

print(B().f(), type(B).__name__, B.original.__name__)   # expect: B.f > Base.f function B

def trace(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper

class C:
    @trace
    def method(self, x):
        "method doc"
        return x + 1

c = C()
print(c.method(1), c.method(2), C.method.calls, C.method.__name__, C.method.__doc__)   # expect: 2 3 2 method method doc
print(C.method.__wrapped__.__name__, sorted(C.method.__dict__), c.method.calls)   # expect: method ['__wrapped__', 'calls'] 2
