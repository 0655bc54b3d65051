for v in [[], [1], [1, 2], [1, 2, 3]]:
    match v:
        case []: print("empty")
        case [a]: print("one", a)
        case [a, b]: print("two", a, b)
        case _: print("longer")
# expect: empty
# expect: one 1
# expect: two 1 2
# expect: longer
