for v in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({2}), True]:
    match v:
        case bool(b): print("bool", b)
        case int(i): print("int", i)
        case float(f): print("float", f)
        case str(s): print("str", s)
        case bytes(b): print("bytes", b)
        case list(l): print("list", l)
        case tuple(t): print("tuple", t)
        case dict(d): print("dict", d)
        case set(s): print("set", s)
        case frozenset(f): print("frozenset", f)
# expect: int 1
# expect: float 1.5
# expect: str s
# expect: bytes b'b'
# expect: list [1]
# expect: tuple (1,)
# expect: dict {1: 2}
# expect: set {1}
# expect: frozenset frozenset({2})
# expect: bool True
