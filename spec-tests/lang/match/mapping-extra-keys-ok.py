match {"a": 1, "b": 2, "c": 3}:
    case {"b": b}: print("extra keys are ignored", b)
# expect: extra keys are ignored 2
