# operator.attrgetter: dotted and multiple names, errors, repr, __reduce__, pickle.
import operator, pickle, copy
from operator import attrgetter
class A:
    pass
a = A()
a.name = "arthur"
a.child = A()
a.child.name = "thomas"
a.child.child = A()
a.child.child.v = "V"
def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
for g in [attrgetter("name"), attrgetter("child.name"), attrgetter("child.child.v"), attrgetter("name", "child.name"),
          attrgetter("rank"), attrgetter("child.rank"), attrgetter("child.name.__class__"), attrgetter(""), attrgetter("a..b"),
          attrgetter(".name"), attrgetter("name.")]:
    show(g, a)
show(attrgetter("real", "imag.real"), 3 + 4j)
class S(str):
    def __repr__(self): return "S!"
show(attrgetter(S("name")), a)
print(repr(attrgetter(S("name"))), repr(attrgetter(S("child.name"))))
show(attrgetter)
show(attrgetter, 1)
show(attrgetter, "a", 1)
show(attrgetter, ("x", (), "y"))
show(attrgetter, attr="x")
show(attrgetter("name"))
show(attrgetter("name"), a, "dent")
show(attrgetter("name"), a, surname="dent")
class C:
    def __getattr__(self, name): raise SyntaxError(name)
show(attrgetter("foo"), C())
for g in [attrgetter("x"), attrgetter("x", "y", "z"), attrgetter("t.u.v"), attrgetter("a.b", "c", "d.e.f")]:
    print(repr(g), g.__reduce__())
show(attrgetter("x").__reduce__, 1)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for g in [attrgetter("name"), attrgetter("name", "child.name"), attrgetter("child.child.v")]:
        h = pickle.loads(pickle.dumps(g, proto))
        print(proto, repr(h), h(a))
print(pickle.dumps(attrgetter("a.b"), 0))
print(repr(copy.copy(attrgetter("a.b", "c"))), repr(copy.deepcopy(attrgetter("x"))))
try:
    class Sub(attrgetter): pass
except TypeError as e:
    print(e)

# expect: 'arthur'
# expect: 'thomas'
# expect: 'V'
# expect: ('arthur', 'thomas')
# expect: AttributeError 'A' object has no attribute 'rank'
# expect: AttributeError 'A' object has no attribute 'rank'
# expect: <class 'str'>
# expect: AttributeError 'A' object has no attribute ''
# expect: AttributeError 'A' object has no attribute 'a'
# expect: AttributeError 'A' object has no attribute ''
# expect: AttributeError 'str' object has no attribute ''
# expect: (3.0, 4.0)
# expect: 'arthur'
# expect: operator.attrgetter(S!) operator.attrgetter('child.name')
# expect: TypeError attrgetter expected 1 argument, got 0
# expect: TypeError attribute name must be a string
# expect: TypeError attribute name must be a string
# expect: TypeError attribute name must be a string
# expect: TypeError attrgetter() takes no keyword arguments
# expect: TypeError attrgetter expected 1 argument, got 0
# expect: TypeError attrgetter expected 1 argument, got 2
# expect: TypeError attrgetter() takes no keyword arguments
# expect: SyntaxError foo
# expect: operator.attrgetter('x') (<class 'operator.attrgetter'>, ('x',))
# expect: operator.attrgetter('x', 'y', 'z') (<class 'operator.attrgetter'>, ('x', 'y', 'z'))
# expect: operator.attrgetter('t.u.v') (<class 'operator.attrgetter'>, ('t.u.v',))
# expect: operator.attrgetter('a.b', 'c', 'd.e.f') (<class 'operator.attrgetter'>, ('a.b', 'c', 'd.e.f'))
# expect: TypeError attrgetter.__reduce__() takes no arguments (1 given)
# expect: 0 operator.attrgetter('name') arthur
# expect: 0 operator.attrgetter('name', 'child.name') ('arthur', 'thomas')
# expect: 0 operator.attrgetter('child.child.v') V
# expect: 1 operator.attrgetter('name') arthur
# expect: 1 operator.attrgetter('name', 'child.name') ('arthur', 'thomas')
# expect: 1 operator.attrgetter('child.child.v') V
# expect: 2 operator.attrgetter('name') arthur
# expect: 2 operator.attrgetter('name', 'child.name') ('arthur', 'thomas')
# expect: 2 operator.attrgetter('child.child.v') V
# expect: 3 operator.attrgetter('name') arthur
# expect: 3 operator.attrgetter('name', 'child.name') ('arthur', 'thomas')
# expect: 3 operator.attrgetter('child.child.v') V
# expect: 4 operator.attrgetter('name') arthur
# expect: 4 operator.attrgetter('name', 'child.name') ('arthur', 'thomas')
# expect: 4 operator.attrgetter('child.child.v') V
# expect: 5 operator.attrgetter('name') arthur
# expect: 5 operator.attrgetter('name', 'child.name') ('arthur', 'thomas')
# expect: 5 operator.attrgetter('child.child.v') V
# expect: b'coperator\nattrgetter\np0\n(Va.b\np1\ntp2\nRp3\n.'
# expect: operator.attrgetter('a.b', 'c') operator.attrgetter('x')
# expect: type 'operator.attrgetter' is not an acceptable base type
