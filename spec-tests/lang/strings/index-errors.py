# str indexing with a wrong index type: CPython's str message does not mention slices, unlike a list's.
def attempt(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
s = "héllo"
k, f, n = "x", 1.5, None
print(s[True], s[-1], s[1:3], s[::-2])
print(attempt(lambda: s[k]))
print(attempt(lambda: s[f]))
print(attempt(lambda: [1][k]))
s[n]  # raises: TypeError: string indices must be integers, not 'NoneType'
# expect: é o él olh
# expect: TypeError: string indices must be integers, not 'str'
# expect: TypeError: string indices must be integers, not 'float'
# expect: TypeError: list indices must be integers or slices, not str
