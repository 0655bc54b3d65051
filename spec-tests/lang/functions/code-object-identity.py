def f(): pass
print(f.__code__ is f.__code__)
def outer():
    def inner(): pass
    return inner
print(outer().__code__ is outer().__code__, outer().__code__ is outer.__code__.co_consts[1])

# expect: True
# expect: True True
