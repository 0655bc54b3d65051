# The per-class lookup cache must forget what it found whenever a class on
# the MRO changes, misses included.
class A:
    def f(self):
        return "A.f"

class B(A):
    pass

class C(B):
    pass

c = C()
print(c.f())  # expect: A.f
A.f = lambda self: "new A.f"
print(c.f())  # expect: new A.f
B.f = lambda self: "B.f"
print(c.f())  # expect: B.f
del B.f
print(c.f())  # expect: new A.f
print(hasattr(c, "g"))  # expect: False
A.g = 5
print(c.g, hasattr(c, "g"))  # expect: 5 True
del A.g
print(hasattr(c, "g"))  # expect: False

# A diamond: D is reached through both B2 and C2.
class Base:
    x = 1
class B2(Base): pass
class C2(Base): pass
class D(B2, C2): pass
d = D()
print(d.x)  # expect: 1
Base.x = 2
print(d.x)  # expect: 2
C2.x = 3
print(d.x, D.x)  # expect: 3 3

# A data descriptor added later takes over from the instance dict.
class P:
    pass
p = P()
p.v = "instance"
print(p.v)  # expect: instance
P.v = property(lambda self: "property")
print(p.v)  # expect: property
del P.v
print(p.v)  # expect: instance

# __init__ replaced after instances were made.
class K:
    def __init__(self):
        self.tag = "old"
print(K().tag)  # expect: old
def init(self):
    self.tag = "new"
K.__init__ = init
print(K().tag)  # expect: new

# Many missing names do not break lookups.
for i in range(2000):
    hasattr(c, "missing%d" % i)
print(c.f())  # expect: new A.f

# Metaclass attributes are cached on the metaclass.
class M(type):
    pass
class E(metaclass=M):
    pass
print(hasattr(E, "hello"))  # expect: False
M.hello = "from M"
print(E.hello)  # expect: from M
