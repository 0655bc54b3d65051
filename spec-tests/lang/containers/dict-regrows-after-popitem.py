# A dict emptied by popitem and then added to is rebuilt with 16 slots,
# not 8 (calculate_log2_keysize of 3 * used). That is seen when a key's
# __eq__ adds keys during a search: a table with room left takes them
# without being rebuilt, so the search does not restart.
log = []
class K:
    def __init__(self, v, h=0, grow=False): self.v, self.h, self.grow = v, h, grow
    def __hash__(self): return self.h
    def __eq__(self, other):
        other = getattr(other, 'v', other)
        log.append((self.v, other))
        if self.grow and len(d) < 6:
            for i in range(4):
                d[100 + i] = i
        return self.v == other
d = {}
for i in range(1, 6):
    d[i] = i
for _ in range(4):
    d.popitem()
d[K(0, grow=True)] = 'grows'
d[K(1, h=5)] = 'five'
log.clear()
print(K(2) in d, log)  # expect: False [(0, 2)]
print(len(d))  # expect: 7
