# operator.methodcaller: positional and keyword arguments, errors, repr, __reduce__, pickle.
import operator, pickle, copy
from operator import methodcaller
class A:
    def foo(self, *args, **kwds):
        return args[0] + args[1]
    def bar(self, f=42):
        return f
    def baz(*args, **kwds):
        return kwds["name"], kwds["self"]
    def echo(self, *args, **kwds):
        return args, kwds
a = A()
def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
show(methodcaller("foo"), a)
show(methodcaller("foo", 1, 2), a)
show(methodcaller("bar"), a)
show(methodcaller("bar", f=5), a)
show(methodcaller("baz", name="spam", self="eggs"), a)
show(methodcaller("echo", 1, name=2), a)
show(methodcaller("split", ",", maxsplit=1), "a,b,c")
show(methodcaller("missing"), a)
show(methodcaller("__add__", 1), 2)
show(methodcaller)
show(methodcaller, 12)
show(methodcaller, name="f")
show(methodcaller("bar"))
show(methodcaller("bar"), a, a)
show(methodcaller("bar"), a, spam=3)
show(methodcaller("bar").__call__)
kw = {"k": [1]}
m = methodcaller("echo", **kw)
kw["k"].append(2)
kw["j"] = 0
show(m, a)
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "x")), repr(methodcaller("f", a="x", b=methodcaller("g"))))
print(repr(methodcaller("f", *range(3), a="x", b=operator.itemgetter(2))), repr(methodcaller("f", name=1)))
d = {}
m = methodcaller("f", d, k=d)
d["me"] = m
print(repr(m))
for m in [methodcaller("f"), methodcaller("f", 1, "x")]:
    print(m.__reduce__())
red = methodcaller("f", 1, k=[1]).__reduce__()
print(type(red[0]).__name__, red[0].func, red[0].args, red[0].keywords, red[1])
show(methodcaller("f").__reduce__, 1)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for m in [methodcaller("bar"), methodcaller("foo", 1, 2), methodcaller("bar", f=5), methodcaller("baz", self="eggs", name="spam")]:
        n = pickle.loads(pickle.dumps(m, proto))
        print(proto, repr(n) == repr(m), n(a))
print(pickle.dumps(methodcaller("f", 1), 0))
print(repr(copy.copy(methodcaller("f", [1], k=[2]))), repr(copy.deepcopy(methodcaller("f", [1], k=[2]))))
try:
    class Sub(methodcaller): pass
except TypeError as e:
    print(e)

# expect: IndexError tuple index out of range
# expect: 3
# expect: 42
# expect: 5
# expect: ('spam', 'eggs')
# expect: ((1,), {'name': 2})
# expect: ['a', 'b,c']
# expect: AttributeError 'A' object has no attribute 'missing'
# expect: 3
# expect: TypeError methodcaller needs at least one argument, the method name
# expect: TypeError method name must be a string
# expect: TypeError methodcaller needs at least one argument, the method name
# expect: TypeError methodcaller expected 1 argument, got 0
# expect: TypeError methodcaller expected 1 argument, got 2
# expect: TypeError methodcaller() takes no keyword arguments
# expect: TypeError methodcaller expected 1 argument, got 0
# expect: ((), {'k': [1, 2]})
# expect: operator.methodcaller('f') operator.methodcaller('f', 1, 'x') operator.methodcaller('f', a='x', b=operator.methodcaller('g'))
# expect: operator.methodcaller('f', 0, 1, 2, a='x', b=operator.itemgetter(2)) operator.methodcaller('f', name=1)
# expect: operator.methodcaller('f', {'me': operator.methodcaller(...)}, k={'me': operator.methodcaller(...)})
# expect: (<class 'operator.methodcaller'>, ('f',))
# expect: (<class 'operator.methodcaller'>, ('f', 1, 'x'))
# expect: partial <class 'operator.methodcaller'> ('f',) {'k': [1]} (1,)
# expect: TypeError methodcaller.__reduce__() takes no arguments (1 given)
# expect: 0 True 42
# expect: 0 True 3
# expect: 0 True 5
# expect: 0 True ('spam', 'eggs')
# expect: 1 True 42
# expect: 1 True 3
# expect: 1 True 5
# expect: 1 True ('spam', 'eggs')
# expect: 2 True 42
# expect: 2 True 3
# expect: 2 True 5
# expect: 2 True ('spam', 'eggs')
# expect: 3 True 42
# expect: 3 True 3
# expect: 3 True 5
# expect: 3 True ('spam', 'eggs')
# expect: 4 True 42
# expect: 4 True 3
# expect: 4 True 5
# expect: 4 True ('spam', 'eggs')
# expect: 5 True 42
# expect: 5 True 3
# expect: 5 True 5
# expect: 5 True ('spam', 'eggs')
# expect: b'coperator\nmethodcaller\np0\n(Vf\np1\nI1\ntp2\nRp3\n.'
# expect: operator.methodcaller('f', [1], k=[2]) operator.methodcaller('f', [1], k=[2])
# expect: type 'operator.methodcaller' is not an acceptable base type
