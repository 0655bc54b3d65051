for v in [1, -1, 0]:
    match v:
        case x if x > 0: print("positive")
        case x if x < 0: print("negative")
        case _: print("zero")
# expect: positive
# expect: negative
# expect: zero
