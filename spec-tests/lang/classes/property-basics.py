class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v): self._c = v
    @property
    def kelvin(self): return self._c + 273
t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, type(Temp.celsius).__name__)   # expect: 25 298 property
try:
    t.kelvin = 1
except AttributeError as e:
    print(e)                                              # expect: property 'kelvin' of 'Temp' object has no setter
del t.kelvin   # raises: AttributeError: property 'kelvin' of 'Temp' object has no deleter
