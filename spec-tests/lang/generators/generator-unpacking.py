def pairs():
    yield 1, 2
    yield 3, 4

for a, b in pairs():
    print(a + b)
first, *rest = (x for x in range(5))
print(first, rest)
print(dict(pairs()))
print(list(zip(pairs(), "ab")))
print(list(enumerate(x * x for x in range(3))))
print(list(map(str, (i for i in range(3)))))
print(any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
print(min((x for x in [5, 3, 8]), default=None), max((), default="empty"))
print(", ".join(str(i) for i in range(4)))

# expect: 3
# expect: 7
# expect: 0 [1, 2, 3, 4]
# expect: {1: 2, 3: 4}
# expect: [((1, 2), 'a'), ((3, 4), 'b')]
# expect: [(0, 0), (1, 1), (2, 4)]
# expect: ['0', '1', '2']
# expect: True False
# expect: 3 empty
# expect: 0, 1, 2, 3
