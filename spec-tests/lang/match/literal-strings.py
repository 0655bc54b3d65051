for x in ["ab", "a", b"ab", "abc"]:
    match x:
        case "a" "b": print("concatenated", x)
        case b"ab": print("bytes")
        case "a": print("a")
        case _: print("no")
# expect: concatenated ab
# expect: a
# expect: bytes
# expect: no
