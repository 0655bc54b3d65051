class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @Lazy
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__, type(Circle.area).__name__)   # expect: 12 12 1 True Lazy
del c.area
print(c.area, c.computed)   # expect: 12 2

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.key = "_" + name
    def __get__(self, obj, owner):
        return self if obj is None else getattr(obj, self.key, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.key[1:]} must be {self.kind.__name__}, not {type(value).__name__}")   # raises: TypeError: age must be int, not str
        setattr(obj, self.key, value)

class Person:
    name = Typed(str)
    age = Typed(int)

p = Person()
print(p.name, p.age)   # expect: None None
p.name, p.age = "ann", 30
print(p.name, p.age, sorted(p.__dict__))   # expect: ann 30 ['_age', '_name']
p.age = "old"
