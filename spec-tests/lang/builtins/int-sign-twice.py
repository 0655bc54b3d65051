# One sign only (issue 7).
print(int("+1"))  # expect: 1
print(int("-1"))  # expect: -1
print(int(" - 1".replace(" ", "")))  # expect: -1
int("+-1")  # raises: ValueError: invalid literal for int() with base 10: '+-1'
