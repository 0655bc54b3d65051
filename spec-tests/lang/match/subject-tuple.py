match 1, 2:
    case (a, b): print(a + b)
match *[1, 2], 3:
    case [a, *rest]: print(a, rest)
# expect: 3
# expect: 1 [2, 3]
