class L:
    def __add__(self, o): return NotImplemented
class R:
    def __radd__(self, o): return "R.__radd__"
print(L() + R())   # expect: R.__radd__
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o): return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base())   # expect: Sub.__radd__ Base.__add__
