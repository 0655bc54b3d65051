def f(v):
    match v:
        case [1 | 2 as x, (3 | 4) as y] | [x, y, _]:
            return x, y
print(f([1, 3]))
print(f([2, 4]))
print(f([7, 8, 9]))
print(f([5, 6]))
# expect: (1, 3)
# expect: (2, 4)
# expect: (7, 8)
# expect: None
