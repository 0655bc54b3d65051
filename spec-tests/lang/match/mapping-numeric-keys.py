match {1: "one", 2.5: "x", None: "n", True: "t"}:
    case {1: a, 2.5: b, None: c}: print(a, b, c)
# expect: t x n
