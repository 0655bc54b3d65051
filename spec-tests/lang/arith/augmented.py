x = 10
x += 5
print(x)   # expect: 15
x -= 20
print(x)   # expect: -5
x *= 3
print(x)   # expect: -15
x //= 4
print(x)   # expect: -4
x %= 3
print(x)   # expect: 2
s = 'ab'
s += 'cd'
print(s)   # expect: abcd
s *= 2
print(s)   # expect: abcdabcd
f = 1.5
f += 1
print(f)   # expect: 2.5
n = 2
n *= 2 ** 70
print(n)   # expect: 2361183241434822606848
