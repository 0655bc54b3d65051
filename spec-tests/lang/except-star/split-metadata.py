try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    eg = e
eg.add_note("a note")
m, r = eg.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__notes__, m.__notes__ is eg.__notes__)
print(repr(r.__cause__), repr(r.__context__), r.__notes__)
print(m.__traceback__ is not None, r.__traceback__ is not None)
# expect: OSError('cause') KeyError('ctx') ['a note'] False
# expect: OSError('cause') KeyError('ctx') ['a note']
# expect: True True
