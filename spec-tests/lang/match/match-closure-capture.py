def f(v):
    match v:
        case [x, *ys]:
            return lambda: (x, ys)
print(f([1, 2, 3])())
# expect: (1, [2, 3])
