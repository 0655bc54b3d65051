def inner():
    yield 1
    yield 2
    return 3

def outer():
    r = yield from inner()
    yield r

print(list(outer()))

def from_list():
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    yield from (x for x in (7, 8))
print(list(from_list()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(e)

# expect: [1, 2, 3]
# expect: [10, 20, 'a', 'b', 0, 1, 7, 8]
# expect: [1, 2, 3, 4]
# expect: 'int' object is not iterable
