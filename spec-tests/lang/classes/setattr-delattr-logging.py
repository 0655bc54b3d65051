class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

l = Logged()
l.x = 1   # expect: set x 1
setattr(l, "y", 2)   # expect: set y 2
del l.x   # expect: del x
print(l.__dict__)   # expect: {'y': 2}
try:
    del l.missing   # expect: del missing
except AttributeError as e:
    print(e)   # expect: 'Logged' object has no attribute 'missing'
