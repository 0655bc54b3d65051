class Outer:
    class Inner(Exception):
        pass

try:
    raise Outer.Inner("x")
except Exception as e:
    print(repr(e), type(e).__qualname__)   # expect: Inner('x') Outer.Inner
raise Outer.Inner("uncaught")   # raises: Outer.Inner: uncaught
