# Set iteration order follows setobject.c: linear probes, perturbation,
# resizing, dummies, and how each operation builds its table.
print({8, 16, 0, 24, 1})                      # expect: {0, 1, 16, 8, 24}
s = set()
for k in [8, 16, 0, 24, 1]:
    s.add(k)
print(s, set(s), {*s}, frozenset(s))          # expect: {0, 1, 8, 16, 24} {0, 1, 16, 8, 24} {0, 1, 16, 8, 24} frozenset({0, 1, 16, 8, 24})
print(set([x * 8 for x in range(20)]))        # expect: {0, 128, 8, 136, 16, 144, 24, 152, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120}
print({1, 2, 3} | {9, 17, 4}, {9, 17, 4} | {1, 2, 3})  # expect: {1, 2, 3, 4, 17, 9} {17, 1, 2, 4, 3, 9}
a, b = {1, 2, 3, 9, 17}, {17, 33, 4}
print(a ^ b, b ^ a)                           # expect: {1, 2, 33, 4, 3, 9} {1, 2, 3, 4, 33, 9}
print(a & b, b & a, a - b, b - a)             # expect: {17} {17} {1, 2, 3, 9} {33, 4}
big = set(range(0, 400, 7))
print(big - {7, 14, 21} == big - {7} - {14} - {21}, list(big - {0, 7})[:5])  # expect: True [385, 259, 133, 392, 266]
t = set()
for k in range(64):
    t.add(k * 32)
for k in range(0, 64, 2):
    t.discard(k * 32)
for k in [1, 33, 65, 2048]:
    t.add(k)
print(list(t)[:12])                           # expect: [1, 1376, 1504, 1632, 1760, 1888, 32, 160, 288, 416, 544, 672]
print(set({3: 1, 11: 2, 19: 3}), set('hello'), set((5, 13, 21, 29)))  # expect: {11, 19, 3} {'e', 'h', 'l', 'o'} {29, 13, 21, 5}
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset(range(100))))  # expect: -272375401224217160 133146708735736 4411996150312757951
print(frozenset('ab') == frozenset('ba'), hash(frozenset('ab')) == hash(frozenset('ba')))  # expect: True True
print({frozenset({1}), frozenset({2}), frozenset({1, 2})})  # expect: {frozenset({2}), frozenset({1}), frozenset({1, 2})}
hash({1})                                     # raises: TypeError: unhashable type: 'set'
