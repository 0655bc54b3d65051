for v in [{"a": 1}, {"a": 1, "b": 2}, {"b": 2}, {}, [("a", 1)]]:
    match v:
        case {"a": x, "b": y}: print("both", x, y)
        case {"a": x}: print("a", x)
        case {}: print("some mapping", v)
        case _: print("not a mapping")
# expect: a 1
# expect: both 1 2
# expect: some mapping {'b': 2}
# expect: some mapping {}
# expect: not a mapping
