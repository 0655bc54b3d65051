class Base:
    def __eq__(self, other):
        return "Base.__eq__"
    def __lt__(self, other):
        return "Base.__lt__"

class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"
    def __gt__(self, other):
        return "Derived.__gt__"

print(Base() == Derived())   # expect: Derived.__eq__
print(Derived() == Base())   # expect: Derived.__eq__
print(Base() < Derived())   # expect: Derived.__gt__
print(Derived() > Base())   # expect: Derived.__gt__
