for x in [0, 1, 2, 3]:
    match x:
        case 1: print("one")
        case 2: print("two")
        case _: print("many", x)
# expect: many 0
# expect: one
# expect: two
# expect: many 3
