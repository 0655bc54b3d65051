def build(n):
    xs = []
    for i in range(n):
        xs.append(i * 2)
    return xs

total = 0
for k in range(20):
    xs = build(20000)
    for x in xs:
        total += x
print(total)
