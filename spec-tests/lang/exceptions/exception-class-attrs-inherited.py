class E(ValueError):
    def describe(self):
        return f"{type(self).__name__}: {self}"

class F(E):
    pass

print(F("bad").describe())   # expect: F: bad
print(F.__bases__[0].__name__, F.__base__.__name__)   # expect: E E
print(isinstance(F(), ValueError))   # expect: True
