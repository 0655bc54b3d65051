def kind(x):
    match x:
        case [first, *rest]:
            return f'sequence starting {first!r}, {len(rest)} more'
        case _:
            return 'not a sequence'
print(kind(memoryview(b'abc')), kind(memoryview(b'xy').cast('c')))
print(kind(b'abc'), kind(bytearray(b'abc')), kind(memoryview(b'')))

# expect: sequence starting 97, 2 more sequence starting b'x', 1 more
# expect: not a sequence not a sequence not a sequence
