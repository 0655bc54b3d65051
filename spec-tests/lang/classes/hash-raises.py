class H:
    def __hash__(self):
        raise ValueError("no hashing today")   # raises: ValueError: no hashing today

try:
    {H(): 1}
except ValueError as e:
    print("caught", e)   # expect: caught no hashing today
set().add(H())
