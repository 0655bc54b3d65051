def naturals():
    n = 0
    while True:
        yield n
        n += 1

out = []
for n in naturals():
    if n > 5:
        break
    out.append(n)
print(out)

def take(k, it):
    for _ in range(k):
        yield next(it)

print(list(take(4, naturals())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])

# expect: [0, 1, 2, 3, 4, 5]
# expect: [0, 1, 2, 3]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
# expect: [0, 2, 4, 6]
