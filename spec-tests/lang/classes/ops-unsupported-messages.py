class A:
    pass

attempts = [
    lambda: A() + 1,
    lambda: 1 - A(),
    lambda: A() * A(),
    lambda: A() / 2.0,
    lambda: A() < 1,
    lambda: A() >= A(),
    lambda: -A(),
    lambda: +A(),
    lambda: A() ** 2,
    lambda: "s" % A(),
    lambda: [] + A(),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        # expect: unsupported operand type(s) for +: 'A' and 'int'
        # expect: unsupported operand type(s) for -: 'int' and 'A'
        # expect: unsupported operand type(s) for *: 'A' and 'A'
        # expect: unsupported operand type(s) for /: 'A' and 'float'
        # expect: '<' not supported between instances of 'A' and 'int'
        # expect: '>=' not supported between instances of 'A' and 'A'
        # expect: bad operand type for unary -: 'A'
        # expect: bad operand type for unary +: 'A'
        # expect: unsupported operand type(s) for ** or pow(): 'A' and 'int'
        # expect: not all arguments converted during string formatting
        # expect: can only concatenate list (not "A") to list
        print(e)
