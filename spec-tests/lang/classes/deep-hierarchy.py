class Base:
    def __init__(self):
        self.trail = ["Base"]
    def name(self):
        return "Base"

def make_level(parent, i):
    def __init__(self):
        super(cls, self).__init__()
        self.trail.append(i)
    cls = type(f"Level{i}", (parent,), {"__init__": __init__, "level": i})
    return cls

cls = Base
for i in range(300):
    cls = make_level(cls, i)

obj = cls()
print(cls.__name__, len(cls.__mro__), cls.level, obj.name(), isinstance(obj, Base))   # expect: Level299 302 299 Base True
print(cls.__mro__[150].__name__, issubclass(cls, cls.__mro__[299]), len(obj.trail), obj.trail[:3], obj.trail[-1])   # expect: Level149 True 301 ['Base', 0, 1] 299
