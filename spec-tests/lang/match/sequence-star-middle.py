match list(range(6)):
    case [first, *middle, last]:
        print(first, middle, last)
match (1, 2):
    case [a, *m, b]:
        print(a, m, b)
# expect: 0 [1, 2, 3, 4] 5
# expect: 1 [] 2
