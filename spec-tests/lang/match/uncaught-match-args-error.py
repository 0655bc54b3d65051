class P:
    __match_args__ = ("x",)
match P():
    case P(a, b): pass  # raises: TypeError: P() accepts 1 positional sub-pattern (2 given)
