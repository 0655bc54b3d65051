for s in [bytearray(b"ab"), b"ab"]:
    match s:
        case [a, b]: print("seq", a, b)
        case bytearray(x): print("cls", x)
        case _: print("other")

# expect: cls bytearray(b'ab')
# expect: other
