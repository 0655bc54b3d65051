eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.message, r.message, type(m).__name__)
# expect: ExceptionGroup('eg', [ValueError(1), ValueError(3)])
# expect: ExceptionGroup('eg', [TypeError(2)])
# expect: eg eg ExceptionGroup
