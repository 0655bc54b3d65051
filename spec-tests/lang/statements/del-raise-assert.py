d = {"a": 1, "b": 2, 3: [4]}
del d["a"]
print(d)                     # expect: {'b': 2, 3: [4]}
xs = [1, 2, 3, 4]
del xs[0], xs[-1]
print(xs)                    # expect: [2, 3]
x = 1
del x
def check(n):
    assert n > 0, "n must be positive"    # raises: AssertionError: n must be positive
    return n
print(check(2))              # expect: 2
print({1, 2, 3} == {3, 2, 1}, 2 in {1, 2, 3})    # expect: True True
check(-1)
