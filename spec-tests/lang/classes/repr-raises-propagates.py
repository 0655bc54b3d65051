class Bad:
    def __repr__(self):
        raise ValueError("no repr")   # raises: ValueError: no repr

try:
    print([Bad()])
except ValueError as e:
    print("caught", e)   # expect: caught no repr
print(Bad())
