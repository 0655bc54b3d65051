# A dunder set to None is found, then fails to be called.
class M:
    __enter__ = None
    def __exit__(self, *a):
        print("never")
with M():    # raises: TypeError: 'NoneType' object is not callable
    pass

