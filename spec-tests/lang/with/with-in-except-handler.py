# Inside an except clause, the with body sees the handled exception, and
# after a swallowed exception the clause's exception is handled again;
# after withs that swallowed, in a function, nothing is being handled.
def handled():
    try:
        raise RuntimeError
    except RuntimeError as probe:
        return probe.__context__
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        print("exit: handling", type(handled()).__name__)
        return True
try:
    raise KeyError("outer")
except KeyError:
    with Swallow():
        print("body: handling", type(handled()).__name__)
        raise ValueError("inner")
    print("after with: handling", repr(handled()))
print("outside:", handled())
def f():
    with Swallow():
        with Swallow():
            raise ValueError
        print("inner done", handled())
        raise KeyError
    return handled()
print(f())

# expect: body: handling KeyError
# expect: exit: handling ValueError
# expect: after with: handling KeyError('outer')
# expect: outside: None
# expect: exit: handling ValueError
# expect: inner done None
# expect: exit: handling KeyError
# expect: None
