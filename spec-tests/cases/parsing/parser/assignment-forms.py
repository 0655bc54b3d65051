a = b = 3
x, y = 1, 2
x, y = y, x
print(a, b, x, y)   # expect: 3 3 2 1
a += 1; a *= 10; a //= 3
print(a)            # expect: 13
if a > 10: print('big')  # expect: big
