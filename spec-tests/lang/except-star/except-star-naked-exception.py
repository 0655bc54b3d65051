try:
    raise KeyError("k")
except* KeyError as e:
    print(type(e).__name__, repr(e.exceptions), e.message == "")
try:
    raise ValueError("v")
except* (TypeError, ValueError) as e:
    print(repr(e))
# expect: ExceptionGroup (KeyError('k'),) True
# expect: ExceptionGroup('', (ValueError('v'),))
