squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares))
print(list(squares))
print(sum(x for x in range(10) if x % 2))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(max(len(w) for w in ["a", "abc", "ab"]))
g = (c.upper() for c in "hey")
print("".join(g))
print(list(g))
print(list(x for x in [] ))
nested = ((i, j) for i in range(2) for j in (i * 10 for _ in range(2)))
print(list(nested))
print(sorted((-x for x in [3, 1, 2])))
print(tuple(i for i in range(3)))
print(dict((i, str(i)) for i in range(3)))
print(set(c for c in "hello"))

# expect: generator
# expect: 0
# expect: [1, 4, 9, 16]
# expect: 25
# expect: [(0, 'a'), (0, 'b'), (2, 'a'), (2, 'b')]
# expect: 3
# expect: HEY
# expect: []
# expect: []
# expect: [(0, 0), (0, 0), (1, 10), (1, 10)]
# expect: [-3, -2, -1]
# expect: (0, 1, 2)
# expect: {0: '0', 1: '1', 2: '2'}
# expect: {'e', 'h', 'l', 'o'}
