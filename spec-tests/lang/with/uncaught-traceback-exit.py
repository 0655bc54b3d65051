# An exception from __exit__ itself is reported at its raise.
class M:
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        raise RuntimeError("exit saw " + kind.__name__)    # raises: RuntimeError: exit saw ZeroDivisionError
with M():
    1 / 0

