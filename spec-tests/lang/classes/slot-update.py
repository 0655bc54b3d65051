# Dunders stored on a class after its statement change what the
# operators do, for the class and every subclass (CPython's update_slot).
class A:
    pass
class B(A):
    pass
class C(B):
    def __len__(self):
        return 1
a, b, c = A(), B(), C()
A.__len__ = lambda self: 7
print(len(a), len(b), len(c))  # expect: 7 7 1
del A.__len__
try:
    len(b)
except TypeError as e:
    print(e)  # expect: object of type 'B' has no len()
print(len(c))  # expect: 1
A.__lt__ = lambda self, other: True
print(a < b, b < 1)  # expect: True True
A.__eq__ = lambda self, other: 'same'
print(a == 1, 1 == b)  # expect: same same
del A.__eq__
print(a == a, a == b)  # expect: True False
A.__hash__ = None
try:
    hash(b)
except TypeError as e:
    print(e)  # expect: unhashable type: 'B'
A.__hash__ = lambda self: 42
print(hash(a), hash(b))  # expect: 42 42
A.__neg__ = lambda self: 'neg'
A.__mul__ = lambda self, o: 'mul'
A.__rmul__ = lambda self, o: 'rmul'
print(-b, b * 2, 2 * b)  # expect: neg mul rmul
A.__iadd__ = lambda self, o: 'iadd'
x = b
x += 1
print(x)  # expect: iadd
A.__getitem__ = lambda self, i: i * 10
print(b[4], c[5])  # expect: 40 50
A.__contains__ = lambda self, v: v == 3
print(3 in b, 4 in b)  # expect: True False
log = []
A.__setitem__ = lambda self, k, v: log.append((k, v))
b['k'] = 'v'
print(log)  # expect: [('k', 'v')]
A.__iter__ = lambda self: iter('xy')
print(list(c))  # expect: ['x', 'y']
A.__call__ = lambda self, *args: ('call', args)
print(callable(b), b(1, 2))  # expect: True ('call', (1, 2))
del A.__call__
print(callable(b))  # expect: False
A.__bool__ = lambda self: False
print(bool(c), 'yes' if b else 'no')  # expect: False no
A.__str__ = lambda self: 'an A'
print(str(c), f'{b}')  # expect: an A an A
A.__index__ = lambda self: 2
print([0, 1, 2, 3][b], bin(c))  # expect: 2 0b10
class D:
    def __get__(self, obj, owner=None):
        return 'got'
class E:
    d = D()
print(E().d)  # expect: got
D.__get__ = lambda self, obj, owner=None: 'got again'
print(E().d)  # expect: got again
del D.__get__
print(type(E().d).__name__)  # expect: D
class Meta(type):
    pass
class M(metaclass=Meta):
    pass
Meta.__len__ = lambda cls: 99
Meta.__getitem__ = lambda cls, k: (cls.__name__, k)
print(len(M), M['key'])  # expect: 99 ('M', 'key')
class Base:
    pass
class Over(Base):
    def __repr__(self):
        return 'Over'
Base.__repr__ = lambda self: 'Base'
print(repr(Base()), repr(Over()))  # expect: Base Over
