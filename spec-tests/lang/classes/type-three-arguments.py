def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"hello": hello})
Derived = type("Derived", (Base,), {"extra": 1})
d = Derived()
print(d.hello(), d.extra, [k.__name__ for k in Derived.__mro__])   # expect: hello from Derived 1 ['Derived', 'Base', 'object']
type("X", "notatuple", {})   # raises: TypeError: type.__new__() argument 2 must be tuple, not str
