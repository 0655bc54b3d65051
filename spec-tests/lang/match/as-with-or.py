for v in [1, 2, 3]:
    match v:
        case (1 | 2) as small: print("small", small)
        case big: print("big", big)
# expect: small 1
# expect: small 2
# expect: big 3
