class P:
    __match_args__ = ("x",)
    x = 1
for pattern in range(2):
    try:
        match P():
            case P(a, b): print("no")
    except TypeError as e:
        print(e)
        break
try:
    match 5:
        case int(a, b): pass
except TypeError as e:
    print(e)
class Q: pass
try:
    match Q():
        case Q(a): pass
except TypeError as e:
    print(e)
# expect: P() accepts 1 positional sub-pattern (2 given)
# expect: int() accepts 1 positional sub-pattern (2 given)
# expect: Q() accepts 0 positional sub-patterns (1 given)
