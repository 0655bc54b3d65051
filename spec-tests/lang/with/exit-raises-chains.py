# An exception raised by __exit__ while handling the body's one has it as
# context; `from None` hides it, `from exc` makes it the cause.
class M:
    def __init__(self, how):
        self.how = how
    def __enter__(self):
        pass
    def __exit__(self, kind, exc, tb):
        if self.how == "plain":
            raise TypeError("exit failed")
        if self.how == "from None":
            raise TypeError("exit failed") from None
        raise TypeError("exit failed") from exc
for how in ("plain", "from None", "from exc"):
    try:
        with M(how):
            raise ValueError(how)
    except TypeError as e:
        print(repr(e.__context__), e.__suppress_context__, repr(e.__cause__))

# expect: ValueError('plain') False None
# expect: ValueError('from None') True None
# expect: ValueError('from exc') True ValueError('from exc')
