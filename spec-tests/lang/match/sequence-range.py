match range(3):
    case [0, 1, x]: print("range item", x)
match range(10):
    case [0, *rest]: print(len(rest))
# expect: range item 2
# expect: 9
