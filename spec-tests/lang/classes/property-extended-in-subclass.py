class Base:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print("Base setter", v)
        self._x = v

class Child(Base):
    @Base.x.setter
    def x(self, v):
        print("Child setter", v)
        Base.x.fset(self, v * 10)

c = Child()
# expect: Child setter 2
# expect: Base setter 20
c.x = 2
print(c.x, Base.x.fget(c), Child.x.fget is Base.x.fget, Child.x.fset is Base.x.fset)   # expect: 20 20 True False
b = Base()
b.x = 1   # expect: Base setter 1
print(b.x)   # expect: 1
class ReadOnlyChild(Base):
    x = property(Base.x.fget)
r = ReadOnlyChild()
try:
    r.x = 5
except AttributeError as e:
    print(e)   # expect: property 'x' of 'ReadOnlyChild' object has no setter
