for v in [(1, 2), [3, 1], (5, 5)]:
    match v:
        case (x, 1) | (1, x): print("other side", x)
        case (a, b): print("pair", a, b)
# expect: other side 2
# expect: other side 3
# expect: pair 5 5
