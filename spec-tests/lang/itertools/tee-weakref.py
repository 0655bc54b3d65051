# A tee can be weakly referenced; its links are _tee_dataobject objects.
import itertools as it, weakref, gc, pickle, copy

a, b = it.tee(range(10))
w = weakref.ref(a)
print(w() is a, type(w()).__name__)
p = weakref.proxy(b)
print(next(p), next(b))
del a
gc.collect()
print(w())
try:
    weakref.ref(it.count())
except TypeError as e:
    print(e)
link = it.tee('ab')[0].__reduce__()[2][0]
print(type(link).__name__)
try:
    weakref.ref(link)
except TypeError as e:
    print(e)

# A long chain of links is freed without a deep recursion.
a, b = it.tee(range(300000))
for _ in a:
    pass
del a, b
print('freed')

# A cycle through a tee is collected.
class Box:
    pass
box = Box()
t1, t2 = it.tee(iter([box]))
box.tee = t1
r = weakref.ref(box)
del box, t1, t2
gc.collect()
print(r())

# Copies pickled together share their links again.
a, b = it.tee(iter('abcdef'))
next(a)
a2, b2 = pickle.loads(pickle.dumps((a, b)))
print(next(a2), next(b2), list(a2), list(b2))
a, b = it.tee('xyz')
c = copy.copy(a)
print(list(a), list(c), list(b))
print(type(it.tee(it.tee('ab')[0])[0]).__name__)

data = it._tee_dataobject(iter('xyz'), ['a', 'b'], None)
t = it._tee(())
t.__setstate__((data, 1))
print(list(t))
for args in [(iter('a'), [1] * 58, None), (iter('a'), [1] * 57, 5), (iter('a'), [1], data)]:
    try:
        it._tee_dataobject(*args)
    except ValueError as e:
        print(e)
for args in [(iter('a'), (1,), None), (iter('a'), [1])]:
    try:
        it._tee_dataobject(*args)
    except TypeError as e:
        print(e)
for state in [1, (1, 2), (data, 58), (data, -1), (data, 'x')]:
    try:
        it._tee('').__setstate__(state)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# expect: True _tee
# expect: 0 1
# expect: None
# expect: cannot create weak reference to 'itertools.count' object
# expect: _tee_dataobject
# expect: cannot create weak reference to 'itertools._tee_dataobject' object
# expect: freed
# expect: None
# expect: b a ['c', 'd', 'e', 'f'] ['b', 'c', 'd', 'e', 'f']
# expect: ['x', 'y', 'z'] ['x', 'y', 'z'] ['x', 'y', 'z']
# expect: _tee
# expect: ['b', 'x', 'y', 'z']
# expect: Invalid arguments
# expect: Invalid arguments
# expect: Invalid arguments
# expect: teedataobject() argument 2 must be list, not tuple
# expect: teedataobject expected 3 arguments, got 2
# expect: TypeError state is not a tuple
# expect: TypeError argument 1 must be itertools._tee_dataobject, not int
# expect: ValueError Index out of range
# expect: ValueError Index out of range
# expect: TypeError 'str' object cannot be interpreted as an integer
