def f(x):
    match x:
        case 1 | 2:
            return "small"
        case None:
            return "none"
        case [a, b, *rest]:
            return a, b, rest
        case [first, *_, last]:
            return first, last
        case {"k": v, **kw}:
            return v, kw
        case {"a": 1, "b": [c, d]}:
            return c
        case Point(x=0, y=yy) as p if yy > 0:
            return p
        case int(n) | float(n):
            return n
        case str() as s:
            return s
        case (k, 1) | (1, k):
            return k
        case Color.RED:
            return 1
        case -1.5 | 1+2j:
            return 2
        case _:
            return "other"

def g(x):
    match x:
        case [a, [b, c]] | [[b, c], a]:
            print(a, b, c)
        case {1: _, 2: _}:
            pass
        case [*_]:
            pass
        case [*r]:
            pass
        case {}:
            pass
        case {**r}:
            pass
        case C(a, _, b):
            pass
    return 3

match f(1):
    case y:
        print(y)
