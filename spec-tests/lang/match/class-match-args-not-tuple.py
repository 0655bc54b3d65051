class Q:
    __match_args__ = ["a"]
try:
    match Q():
        case Q(x): pass
except TypeError as e:
    print(e)
class R:
    __match_args__ = ("a", 1)
    a = 0
try:
    match R():
        case R(x, y): pass
except TypeError as e:
    print(e)
# expect: Q.__match_args__ must be a tuple (got list)
# expect: __match_args__ elements must be strings (got int)
