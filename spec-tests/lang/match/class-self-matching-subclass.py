class I(int): pass
match I(7):
    case I(x): print("subclass of int matches itself", x, type(x).__name__)
class J(int):
    __match_args__ = ()
try:
    match J(5):
        case J(x): pass
except TypeError as e:
    print(e)
# expect: subclass of int matches itself 7 I
# expect: J() accepts 0 positional sub-patterns (1 given)
