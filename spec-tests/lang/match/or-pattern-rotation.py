def f(v):
    match v:
        case (a, b, c) | [c, b, a, 0] | {"a": a, "b": b, "c": c}:
            return a, b, c
print(f((1, 2, 3)))
print(f([1, 2, 3, 0]))
print(f({"c": 3, "b": 2, "a": 1}))
# expect: (1, 2, 3)
# expect: (3, 2, 1)
# expect: (1, 2, 3)
