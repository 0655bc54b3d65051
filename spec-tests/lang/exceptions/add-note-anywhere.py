# Every exception can take notes: built-in ones, classes with empty
# __slots__, groups; the notes are an ordinary attribute of the instance.
class NoDict(Exception):
    __slots__ = ()


n = NoDict()
n.add_note('ok')
print(n.__notes__, n.__dict__)
k = KeyboardInterrupt()
k.add_note('base')
print(k.__notes__)
eg = ExceptionGroup('g', [ValueError(1)])
eg.add_note('group')
print(eg.__notes__, eg.exceptions[0].__dict__)
s = StopIteration(5)
s.add_note('stop')
print(s.value, s.__notes__)
print(hasattr(ValueError(), '__notes__'))
notes = ['shared']
a, b = ValueError('a'), ValueError('b')
a.__notes__ = notes
b.__notes__ = notes
a.add_note('via a')
print(b.__notes__, a.__notes__ is b.__notes__)
print(BaseException.add_note)
try:
    BaseException.add_note(1, 'x')
except TypeError as t:
    print(t)

# expect: ['ok'] {'__notes__': ['ok']}
# expect: ['base']
# expect: ['group'] {}
# expect: 5 ['stop']
# expect: False
# expect: ['shared', 'via a'] True
# expect: <method 'add_note' of 'BaseException' objects>
# expect: descriptor 'add_note' for 'BaseException' objects doesn't apply to a 'int' object
