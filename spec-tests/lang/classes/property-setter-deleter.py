class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("setting", value)
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

t = Temp()
t.celsius = 25   # expect: setting 25
print(t.celsius)   # expect: 25
del t.celsius   # expect: deleting
print(hasattr(t, "_c"))   # expect: False
print(hasattr(t, "celsius"))   # expect: False
