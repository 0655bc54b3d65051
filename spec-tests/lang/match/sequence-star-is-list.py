match (1, 2, 3):
    case (a, *rest): print(rest, type(rest).__name__)
match range(4):
    case [*all_]: print(all_)
# expect: [2, 3] list
# expect: [0, 1, 2, 3]
