for x in [1+2j, 3j, -1-1j, 1]:
    match x:
        case 1 + 2j: print("a")
        case 3j: print("b")
        case -1 - 1j: print("c")
        case _: print("d")
# expect: a
# expect: b
# expect: c
# expect: d
