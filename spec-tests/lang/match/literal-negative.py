for x in [-1, -2.5, 1]:
    match x:
        case -1: print("minus one")
        case -2.5: print("minus two and a half")
        case _: print("other")
# expect: minus one
# expect: minus two and a half
# expect: other
