def counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
    while count < start + 3:
        yield count
        bump()

print(list(counter(10)))

def make_gens():
    return [(lambda i=i: (i * k for k in range(2)))() for i in range(3)]
print([list(g) for g in make_gens()])

def uses_cell(x):
    g = (x + y for y in range(3))
    x = 100
    return list(g)
print(uses_cell(1))
def gen_with_default(items=[]):
    items.append(len(items))
    yield list(items)
print(next(gen_with_default()), next(gen_with_default()))

# expect: [10, 11, 12]
# expect: [[0, 0], [0, 1], [0, 2]]
# expect: [100, 101, 102]
# expect: [0] [0, 1]
