def gen(n):
    for i in range(n):
        print('yield', i)
        yield i
for src in ['a, b = [1, 2, 3]', 'a, b = (1, 2, 3)', 'a, b = [1]', 'a, b = gen(5)', 'a, b = gen(1)', 'a, *b, c = [1]', 'a, *b, c = gen(1)', 'a, b = "abc"', 'a, b = {1: 2, 3: 4, 5: 6}', 'a, b = 5']:
    try:
        exec(src)
        print(src, 'ok')
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
a, *b, c = gen(4)
print(a, b, c)

# expect: a, b = [1, 2, 3] -> ValueError too many values to unpack (expected 2)
# expect: a, b = (1, 2, 3) -> ValueError too many values to unpack (expected 2)
# expect: a, b = [1] -> ValueError not enough values to unpack (expected 2, got 1)
# expect: yield 0
# expect: yield 1
# expect: yield 2
# expect: a, b = gen(5) -> ValueError too many values to unpack (expected 2)
# expect: yield 0
# expect: a, b = gen(1) -> ValueError not enough values to unpack (expected 2, got 1)
# expect: a, *b, c = [1] -> ValueError not enough values to unpack (expected at least 2, got 1)
# expect: yield 0
# expect: a, *b, c = gen(1) -> ValueError not enough values to unpack (expected at least 2, got 1)
# expect: a, b = "abc" -> ValueError too many values to unpack (expected 2)
# expect: a, b = {1: 2, 3: 4, 5: 6} -> ValueError too many values to unpack (expected 2)
# expect: a, b = 5 -> TypeError cannot unpack non-iterable int object
# expect: yield 0
# expect: yield 1
# expect: yield 2
# expect: yield 3
# expect: 0 [1, 2] 3
