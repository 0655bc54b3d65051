match {0: "a", 1: "b"}:
    case [a, b]: print("sequence")
    case {0: a}: print("mapping", a)
# expect: mapping a
