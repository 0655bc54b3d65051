class A:
    def f(self): return "A.f"
class B(A):
    def f(self):
        def helper():
            return super().f()
        try:
            return helper()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def g(self):
        return (lambda: super().f())()
    def h(self):
        return [super().f() for _ in range(1)]
    def k(self):
        def inner(obj):
            return super().f()
        try:
            return inner(self)
        except TypeError as e:
            return "TypeError: " + str(e)
print(B().f())   # expect: RuntimeError: super(): no arguments
try:
    B().g()
except RuntimeError as e:
    print("lambda:", e)   # expect: lambda: super(): no arguments
try:
    B().h()
except TypeError as e:
    print("comprehension:", e)   # expect: comprehension: super(type, obj): obj must be an instance or subtype of type
print(B().k())   # expect: A.f
class C:
    def m(self):
        self.items = [self]
        return repr(self.items)
    def __repr__(self):
        return "C"
print(C().m())   # expect: [C]
l = [1]
l.append(l)
class D:
    def __repr__(self): return repr(l)
print(D())   # expect: [1, [...]]
class E:
    def m(self): return 1
del E.m
try:
    E().m()
except AttributeError as e:
    print(e)   # expect: 'E' object has no attribute 'm'
class F:
    def __eq__(self, o): return True
    def __hash__(self): return 1
class G(F):
    pass
print(hash(G()), G() == 1, {G(): 1}[G()])   # expect: 1 True 1
