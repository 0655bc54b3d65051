eg = ExceptionGroup("eg", [ValueError(1)])
for bad in (1, "x", (ValueError, 1), int, [ValueError]):
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
try:
    eg.subgroup()
except TypeError as e:
    print(e)
# expect: int expected a function, exception type or tuple of exception types
# expect: str expected a function, exception type or tuple of exception types
# expect: tuple expected a function, exception type or tuple of exception types
# expect: type expected a function, exception type or tuple of exception types
# expect: list expected a function, exception type or tuple of exception types
# expect: subgroup expected 1 argument, got 0
