for v in ["abc", b"abc", "a"]:
    match v:
        case [*chars]: print("sequence", chars)
        case str() | bytes(): print("string-like", v)
# expect: string-like abc
# expect: string-like b'abc'
# expect: string-like a
