def f(v):
    match v:
        case [[a, b], [c, [d]]]: return a + b + c + d
        case [[*xs], *ys]: return (xs, ys)
        case _: return None
print(f([[1, 2], [3, [4]]]))
print(f([[1, 2, 3], 4, 5]))
print(f([1]))
# expect: 10
# expect: ([1, 2, 3], [4, 5])
# expect: None
