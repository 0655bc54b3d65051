# The key being compared is deleted by its __eq__: the entry changed, so the
# search restarts (and calls __eq__ again on the keys it meets).
log = []
armed = False
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 3
    def __eq__(self, other):
        log.append((self.v, other.v))
        if armed and self.v == 0:
            del d[self]
        return self.v == other.v
d = {}
d[K(0)] = 'x'
d[K(1)] = 'y'
d[K(2)] = 'z'
log.clear()
armed = True
print(d[K(2)])  # expect: z
print(log)  # expect: [(0, 2), (1, 2), (2, 2)]
print(len(d), [k.v for k in d])  # expect: 2 [1, 2]
