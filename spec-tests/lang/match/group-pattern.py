match 5:
    case (5): print("parenthesised literal")
match [5]:
    case [(x)]: print(x)
# expect: parenthesised literal
# expect: 5
