class Base:
    def __divmod__(self, other):
        return "Base.__divmod__"
    def __floordiv__(self, other):
        return "floordiv is not divmod"

class Derived(Base):
    def __rdivmod__(self, other):
        return "Derived.__rdivmod__"

class NotImpl:
    def __divmod__(self, other):
        return NotImplemented

print(divmod(Base(), Derived()), divmod(Derived(), Base()), divmod(Base(), Base()))   # expect: Derived.__rdivmod__ Base.__divmod__ Base.__divmod__
print(divmod(7, Derived()), Base() // 1)   # expect: Derived.__rdivmod__ floordiv is not divmod
try:
    divmod(NotImpl(), 1)
except TypeError as e:
    print(e)   # expect: unsupported operand type(s) for divmod(): 'NotImpl' and 'int'
try:
    divmod(1, Base())
except TypeError as e:
    print(e)   # expect: unsupported operand type(s) for divmod(): 'int' and 'Base'
divmod(object(), NotImpl())   # raises: TypeError: unsupported operand type(s) for divmod(): 'object' and 'NotImpl'
