def f(s):
    match s:
        case (a, b, c) | (c, b, a) | (b, c, a):
            return a, b, c
        case {"x": [p, q]} | {"y": (q, p)}:
            return p, q
        case [x, (1 | 2 | 3) as y] | [y, x]:
            return x, y
        case (1 | 2) as z:
            return z
