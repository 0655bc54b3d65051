for v in [(1, 2), [1, 2]]:
    match v:
        case (a, b): print("paren form matches", type(v).__name__, a, b)
for v in [(1, 2), [1, 2]]:
    match v:
        case [a, b]: print("bracket form matches", type(v).__name__)
# expect: paren form matches tuple 1 2
# expect: paren form matches list 1 2
# expect: bracket form matches tuple
# expect: bracket form matches list
