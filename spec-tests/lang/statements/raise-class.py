def fail():
    raise KeyError    # raises: KeyError
print("before")              # expect: before
fail()
