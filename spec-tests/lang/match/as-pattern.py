match [1, (2, 3)]:
    case [a, (b, c) as inner] as whole:
        print(a, b, c, inner, whole)
# expect: 1 2 3 (2, 3) [1, (2, 3)]
