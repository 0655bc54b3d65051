class P:
    @property
    def x(self):
        raise ValueError("boom")
try:
    match P():
        case P(x=1): pass
except ValueError as e:
    print("propagated", e)
class Q:
    @property
    def x(self):
        raise AttributeError("quiet")
match Q():
    case Q(x=1): print("no")
    case Q(): print("AttributeError means no match")
# expect: propagated boom
# expect: AttributeError means no match
