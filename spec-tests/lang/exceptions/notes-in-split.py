# split and subgroup give each part a copy of the group's notes list (a new
# list, so later notes on one part are not on the other); derive alone
# copies nothing.
eg = ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('in', [KeyError(3)])])
eg.add_note('group note')
eg.exceptions[2].add_note('inner note')
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, m.__notes__ is r.__notes__)
m.add_note('only on m')
print(eg.__notes__, m.__notes__, r.__notes__)
print(r.exceptions[1].__notes__, r.exceptions[1] is eg.exceptions[2])
k = eg.subgroup(KeyError)
print(k.__notes__, k.exceptions[0].__notes__, k.exceptions[0] is eg.exceptions[2])
print(eg.derive([OSError()]).__dict__)
eg.__notes__ = ('a', 'tuple')
print(eg.split(TypeError)[0].__notes__)

# expect: ['group note'] ['group note'] False False
# expect: ['group note'] ['group note', 'only on m'] ['group note']
# expect: ['inner note'] False
# expect: ['group note'] ['inner note'] False
# expect: {}
# expect: ['a', 'tuple']
