# The str methods on ordinary (surrogate-free) text: case mapping, search,
# split and join, strip, padding, predicates and replace, in a loop.
words = ['alpha', 'Beta', 'gamma delta', '  spaced  ', 'x-y-z', 'Ünïcode', '12345']
total = 0
for i in range(40000):
    w = words[i % len(words)]
    u = w.upper()
    total += len(u) + len(w.lower()) + w.find('a') + w.count('a')
    parts = w.split('-')
    total += len(','.join(parts)) + len(w.strip()) + len(w.center(12, '*'))
    total += w.startswith('al') + w.endswith(('a', 'z')) + w.isdigit() + w.isalpha()
    total += len(w.replace('a', 'AA')) + len(w.title()) + len(w.partition(' ')[2])
print(total)
