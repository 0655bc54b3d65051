def fill(n):
    d = {}
    for i in range(n):
        d[i] = i
        d[str(i)] = i
    return d

d = fill(1000000)
total = 0
for i in range(1000000):
    total += d[i] + d[str(i)]
print(len(d), total)
