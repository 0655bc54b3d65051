eg = ExceptionGroup("msg", [ValueError(1)])
d = eg.derive([TypeError(2)])
print(repr(d), d.__traceback__, d.__cause__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()]).derive([ValueError()])).__name__)
# expect: ExceptionGroup('msg', [TypeError(2)]) None None
# expect: ExceptionGroup
