class D:
    def __get__(self, obj, owner=None):
        return "D"
class A:
    x = D()
    def __init__(self):
        self.__dict__["x"] = "inst"
print(A().x)   # expect: inst
class Data:
    def __get__(self, obj, owner=None): return "data"
    def __set__(self, obj, v): raise AttributeError("read-only data")
class B:
    y = Data()
b = B()
try:
    b.y = 1
except AttributeError as e:
    print(e)   # expect: read-only data
try:
    setattr(b, "y", 2)
except AttributeError as e:
    print(e)   # expect: read-only data
print(b.y)   # expect: data
class WithClassAttrDesc:
    pass
WithClassAttrDesc.z = Data()
print(WithClassAttrDesc().z)   # expect: data
class C:
    p = property(lambda self: "prop")
C.p = "replaced on class"
print(C().p, C.p)   # expect: replaced on class replaced on class
class E:
    @property
    def v(self): return 1
e = E()
try:
    e.__dict__["v"] = 2
    print(e.v, e.__dict__)   # expect: 1 {'v': 2}
except Exception as ex:
    print(type(ex).__name__)
try:
    delattr(e, "missing")
except AttributeError as ex:
    print(ex)   # expect: 'E' object has no attribute 'missing'
try:
    del E.missing
except AttributeError as ex:
    print(ex)   # expect: type object 'E' has no attribute 'missing'
