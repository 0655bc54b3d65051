class R:
    def __repr__(self): return 42
repr(R())   # raises: TypeError: __repr__ returned non-string (type int)
