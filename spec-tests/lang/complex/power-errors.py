for base, exp in [(complex(0, 0), -1), (complex(0, 0), complex(1, 1)), (0.0, complex(0, 1))]:
    try:
        base ** exp
    except ZeroDivisionError as e:
        print(e)
# expect: 0.0 to a negative or complex power
# expect: 0.0 to a negative or complex power
# expect: 0.0 to a negative or complex power
print((-2**64) ** -0.5, (-8) ** 2.5)  # expect: (1.4256765124706472e-26-2.3283064365386963e-10j) (5.542118759907158e-14+181.01933598375618j)
print(complex(1e200, 1e200) ** 2.5)  # raises: OverflowError: complex exponentiation
