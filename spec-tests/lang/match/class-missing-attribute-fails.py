class P:
    x = 1
match P():
    case P(y=1): print("has y")
    case P(x=x): print("no y; x =", x)
# expect: no y; x = 1
