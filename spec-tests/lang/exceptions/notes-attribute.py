# add_note keeps the notes in the exception's __dict__ as __notes__, an
# ordinary attribute: readable, appendable, replaceable.
e = ValueError('x')
e.add_note('first')
print(e.__notes__, e.__dict__)           # expect: ['first'] {'__notes__': ['first']}
e.__notes__.append('second')
e.add_note('third')
print(e.__notes__)                       # expect: ['first', 'second', 'third']


class E(Exception):
    pass


f = E()
f.add_note('n')
print(f.__notes__)                       # expect: ['n']

g = KeyError()
g.label = 'any attribute'
print(g.label, g.args)                   # expect: any attribute ()
try:
    g.__notes__
except AttributeError as a:
    print(a)                             # expect: 'KeyError' object has no attribute '__notes__'
g.__notes__ = ('a tuple',)
try:
    g.add_note('z')
except TypeError as t:
    print(t)                             # expect: Cannot add note: __notes__ is not a list
del g.__notes__
g.add_note('z')
print(g.__notes__)                       # expect: ['z']
try:
    e.add_note(3)
except TypeError as t:
    print(t)                             # expect: note must be a str, not 'int'

h = TypeError()
h.__dict__['with_traceback'] = 'shadowed'
print(h.with_traceback, type(h).__name__, h.__class__.__name__)   # expect: shadowed TypeError TypeError
try:
    raise e
except ValueError as caught:
    print(caught.__notes__ is e.__notes__)   # expect: True
del e.__notes__
e.__notes__   # raises: AttributeError: 'ValueError' object has no attribute '__notes__'
