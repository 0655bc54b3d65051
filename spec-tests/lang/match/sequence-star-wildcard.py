for v in [[1], [1, 2], [1, 2, 3], []]:
    match v:
        case [a, *_, b]: print("ends", a, b)
        case [a, *_]: print("first", a)
        case [*_]: print("any sequence")
# expect: first 1
# expect: ends 1 2
# expect: ends 1 3
# expect: any sequence
