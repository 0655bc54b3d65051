import enum
class P:
    __match_args__ = ("x", "y")
def f(v):
    match v:
        case P(1, 2):
            return 0
        case P(x, y=_):
            return x
        case P(_, _, z=[1, *_]):
            return 1
        case enum.Enum(value=v2, name=n):
            return v2, n
        case bool(True) | int(0):
            return 2
        case P():
            return 3
        case dict({"a": 1}):
            return 4
