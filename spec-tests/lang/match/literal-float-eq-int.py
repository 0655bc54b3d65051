match 1.0:
    case 1: print("1.0 matches 1")
match 2:
    case 2.0: print("2 matches 2.0")
# expect: 1.0 matches 1
# expect: 2 matches 2.0
