def f(s):
    match s:
        case [_, *_]:
            return 1
        case [a, *_]:
            return a
        case [*_, z]:
            return z
        case [a, *_, y, z]:
            return a, y, z
        case [a, *mid, z]:
            return mid
        case [*r]:
            return r
        case ():
            return 0
