match 5:
    case x if x > 10: print("big")
    case _: print("x was bound anyway:", x)
# expect: x was bound anyway: 5
