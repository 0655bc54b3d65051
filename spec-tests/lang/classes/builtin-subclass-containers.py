# Classes deriving from list, dict and set: __new__ makes an empty
# container, __init__ fills it, and super() reaches the built-in methods.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3])
l.append(4)
t(lambda: (l, l.total(), len(l), type(l).__name__))  # expect: ([1, 2, 3, 4], 10, 4, 'L')
t(lambda: (type(l[1:]).__name__, type(l + [5]).__name__, type(l * 2).__name__))  # expect: ('list', 'list', 'list')
class Stack(list):
    def __init__(self, items):
        super().__init__(reversed(items))
        self.pushes = 0
    def push(self, x):
        self.pushes += 1
        super().append(x)
s = Stack([1, 2])
s.push(9)
t(lambda: (s, s.pushes))  # expect: ([2, 1, 9], 1)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(a=1)
d['b'] = 2
t(lambda: d)  # expect: {'a': 1, 'b': 4}
t(lambda: (type(D.fromkeys('xy', 1)).__name__, D.fromkeys('xy', 1)))  # expect: ('D', {'x': 2, 'y': 2})
t(lambda: dict.fromkeys(range(3)))  # expect: {0: None, 1: None, 2: None}
t(lambda: dict.fromkeys())  # expect: TypeError fromkeys expected at least 1 argument, got 0
class S(set): pass
x = S([3, 1])
x.add(2)
t(lambda: (sorted(x), type(x).__name__, 2 in x))  # expect: ([1, 2, 3], 'S', True)
t(lambda: type(x | {9}).__name__)  # expect: set
class FS(frozenset): pass
t(lambda: (FS([1, 2]) | {3}, hash(FS([1])) == hash(frozenset([1]))))  # expect: (frozenset({1, 2, 3}), True)
t(lambda: hash(L()))  # expect: TypeError unhashable type: 'L'
t(lambda: L.__hash__)  # expect: None
t(lambda: list.__new__(L) == [])  # expect: True
t(lambda: L([1]) == [1])  # expect: True
import gc
c = L()
c.append(c)
c.me = c
del c
t(lambda: gc.collect() > 0)  # expect: True
