eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))))
# expect: ExceptionGroup('eg', [TypeError(2)])
# expect: None
# expect: True
# expect: ExceptionGroup('eg', [ValueError(1)])
