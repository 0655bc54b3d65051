def init(self, v):
    self.v = v

Base = type("Base", (), {"__init__": init, "kind": "base"})
Child = type("Child", (Base,), {"double": lambda self: self.v * 2})
c = Child(21)
print(c.double(), c.kind)   # expect: 42 base
print(Child.__name__, Child.__qualname__, [k.__name__ for k in Child.__mro__])   # expect: Child Child ['Child', 'Base', 'object']
print(type(c) is Child, type(Child) is type, type(type) is type)   # expect: True True True
print(isinstance(c, Base))   # expect: True
