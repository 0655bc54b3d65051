def f(items):
    out = []
    for v in items:
        match v:
            case "stop": break
            case "skip": continue
            case ("ret", r): return out, r
            case _: out.append(v)
    return out, None
print(f([1, "skip", 2, "stop", 3]))
print(f([1, ("ret", 9), 2]))
# expect: ([1, 2], None)
# expect: ([1], 9)
