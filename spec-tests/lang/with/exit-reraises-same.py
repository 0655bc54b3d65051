# __exit__ may re-raise the exception it was given itself.
class M:
    def __enter__(self):
        pass
    def __exit__(self, kind, exc, tb):
        exc.add_note("seen by exit")
        raise exc
try:
    with M():
        raise ValueError("v")
except ValueError as e:
    print(e, e.__notes__, e.__context__)

# expect: v ['seen by exit'] None
