match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}: print(rest)
match {"x": 0}:
    case {**everything}: print(everything, type(everything).__name__)
# expect: {'b': 2, 'c': 3}
# expect: {'x': 0} dict
