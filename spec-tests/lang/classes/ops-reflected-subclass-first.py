class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"

class Plain(Base):
    pass

print(Base() + Derived())   # expect: Derived.__radd__
print(Derived() + Base())   # expect: Base.__add__
print(Base() + Plain())   # expect: Base.__add__
