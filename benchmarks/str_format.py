# Formatting ordinary values: f-strings, str.format, % and format().
total = 0
for i in range(40000):
    name = 'item%d' % i
    s = f'{name}: {i:>6} {i / 7:.3f} {name!r}'
    t = '{0}-{1:x}-{k}'.format(name, i, k='v')
    u = '%s|%5d|%-8s|%.2f' % (name, i, 'ab', i / 3)
    total += len(s) + len(t) + len(u) + len(format(i, ',')) + len(format(name, '>12'))
print(total)
