class Cart:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
        return self

a = Cart().add(1)
b = Cart().add(2)
print(a.items, b.items, a.items is b.items)   # expect: [1, 2] [1, 2] True
print(Cart.__init__.__defaults__[0] is a.items)   # expect: True

class Safe:
    def __init__(self, items=None, *, label="safe"):
        self.items = [] if items is None else list(items)
        self.label = label
c = Safe()
c.items.append(1)
print(Safe().items, c.items, Safe(label="x").label, Safe((1, 2)).items)   # expect: [] [1] x [1, 2]
try:
    Safe([], "positional label")
except TypeError as e:
    print(e)   # expect: Safe.__init__() takes from 1 to 2 positional arguments but 3 were given
def f(a, b=2, *, c=3):
    pass
def g(a):
    pass
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__)   # expect: (2,) {'c': 3} None None
