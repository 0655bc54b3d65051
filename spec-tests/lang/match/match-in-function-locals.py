def f(v):
    match v:
        case [x, y]: pass
        case _: pass
    return sorted(locals())
print(f([1, 2]))
# expect: ['v', 'x', 'y']
