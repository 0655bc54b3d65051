# BaseException subclasses reach __exit__ too, and can be swallowed.
class Stop(BaseException):
    pass
class M:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        print("exit", kind.__name__)
        return self.swallow
with M(True):
    raise Stop()
try:
    with M(False):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupt passed through")
with M(True):
    raise StopIteration
print("end")

# expect: exit Stop
# expect: exit KeyboardInterrupt
# expect: interrupt passed through
# expect: exit StopIteration
# expect: end
