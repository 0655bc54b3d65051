class Base:
    def __init_subclass__(cls, **kw):
        print("hook", cls.__name__, kw)
D = type("D", (Base,), {}, flag=True)   # expect: hook D {'flag': True}
ns = {"__qualname__": "Custom.Name", "x": 1}
E = type("E", (), ns)
print(E.__name__, E.__qualname__, "__qualname__" in E.__dict__, E.x)   # expect: E Custom.Name False 1
try:
    type("F", (), {"__qualname__": 5})
except TypeError as e:
    print(e)   # expect: type __qualname__ must be a str, not int
try:
    type("G", (), {}, extra=1)
except TypeError as e:
    print(e)   # expect: G.__init_subclass__() takes no keyword arguments
print(isinstance(1, (int, str)), issubclass(int, (str, (bool, int))))   # expect: True True
try:
    issubclass(int, (str, 1))
except TypeError as e:
    print(e)   # expect: issubclass() arg 2 must be a class, a tuple of classes, or a union
try:
    isinstance(1, (str, 1))
except TypeError as e:
    print(e)   # expect: isinstance() arg 2 must be a type, a tuple of types, or a union
