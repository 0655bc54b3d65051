def one(a):
    return a

def none():
    return 0

print(one(1), none())  # expect: 1 0
one(1, 2)       # raises: TypeError: one() takes 1 positional argument but 2 were given
