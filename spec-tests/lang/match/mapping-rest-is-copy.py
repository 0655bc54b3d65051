d = {"a": 1, "b": 2}
match d:
    case {"a": _, **rest}:
        rest["z"] = 0
        print(rest, d)
# expect: {'b': 2, 'z': 0} {'a': 1, 'b': 2}
