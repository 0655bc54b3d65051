words = ['a', 'bb', 'ccc']
for w in words:
    print(w, len(w))
# expect: a 1
# expect: bb 2
# expect: ccc 3
for x in [1, 2, 3, 4]:
    if x == 3:
        break
    print(x)
# expect: 1
# expect: 2
for x in (10, 20):
    for y in [1, 2]:
        print(x + y)
# expect: 11
# expect: 12
# expect: 21
# expect: 22
squares = []
for n in range(1, 5):
    squares.append(n * n)
print(squares)   # expect: [1, 4, 9, 16]
for n in [1, 2, 3]:
    if n == 2:
        continue
    print(n)
# expect: 1
# expect: 3
