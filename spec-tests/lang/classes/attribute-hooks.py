# __getattribute__, __setattr__ and __delattr__ on classes, and object's
# generic versions they fall back to.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Rec:
    def __init__(self): self.__dict__['log'] = []
    def __setattr__(self, k, v):
        self.log.append(k)
        super().__setattr__(k, v * 2)
r = Rec()
r.a = 1
r.b = 2
t(lambda: (r.a, r.b, r.log))  # expect: (2, 4, ['a', 'b'])
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        if name.startswith('_'): return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_t'), name)
p = Proxy([3, 1, 2])
t(lambda: (p.count(1), p.index(2)))  # expect: (1, 2)
class G:
    def __getattribute__(self, n): raise AttributeError(n)
    def __getattr__(self, n): return 'fallback ' + n
t(lambda: G().x)  # expect: fallback x
class Frozen:
    def __setattr__(self, k, v): raise AttributeError(f"can't set {k}")
    def __delattr__(self, k): raise AttributeError(f"can't delete {k}")
f = Frozen()
t(lambda: setattr(f, 'x', 1))  # expect: AttributeError can't set x
def d(): del f.x
t(d)  # expect: AttributeError can't delete x
t(lambda: object.__getattribute__(f, 'nothing'))  # expect: AttributeError 'Frozen' object has no attribute 'nothing'
t(lambda: object.__setattr__(1, 'x', 2))  # expect: AttributeError 'int' object has no attribute 'x'
t(lambda: object.__getattribute__(f, 3))  # expect: TypeError attribute name must be string, not 'int'
class M:
    def m(self): return 'm'
    def __getattribute__(self, n):
        print('get', n)  # expect: get m
        return object.__getattribute__(self, n)
m = M()
t(lambda: m.m())  # expect: m
class Del:
    def __delattr__(self, k):
        print('deleting', k)  # expect: deleting y
        object.__delattr__(self, k)
x = Del()
x.y = 1
def dx(): del x.y
t(dx)  # expect: None
t(lambda: hasattr(x, 'y'))  # expect: False
