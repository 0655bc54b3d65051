class K:
    A = "a"
    B = "a"
try:
    match {"a": 1}:
        case {K.A: x, K.B: y}: print("no")
except ValueError as e:
    print(type(e).__name__, e)
try:
    match {"a": 1, "b": 2}:
        case {K.A: x, K.B: y}: print("no")
except ValueError as e:
    print(type(e).__name__, e)
# expect: ValueError mapping pattern checks duplicate key ('a')
