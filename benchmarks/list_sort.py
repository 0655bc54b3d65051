xs = []
for i in range(1000000):
    xs.append((i * 7919) % 1000003)
xs.sort()
ys = sorted(xs, reverse=True)
print(xs[0], xs[-1], ys[0], len(ys))
