# After a with whose __exit__ swallowed, no exception is being handled.
def handled():
    try:
        raise RuntimeError
    except RuntimeError as probe:
        return probe.__context__
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def f():
    with Swallow():
        with Swallow():
            raise ValueError
        print("inner done", handled())
        raise KeyError
    return handled()
print(f())

# expect: inner done None
# expect: None
