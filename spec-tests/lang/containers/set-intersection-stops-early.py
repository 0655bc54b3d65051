# set.intersection(iterable) stops reading once the result is as large as
# the set (CPython 3.11): the rest of an iterator is left, and no more
# __eq__ runs.
it = iter([1, 2, 3, 4])
print(sorted({1, 2}.intersection(it)), list(it))  # expect: [1, 2] [3, 4]
log = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o):
        log.append((self.v, o.v))
        return self.v == o.v
s = set()
for i in range(3):
    s.add(K(i))
log.clear()
print(len(s.intersection([K(i) for i in range(6)])), log)  # expect: 3 [(0, 0), (1, 1), (2, 2)]
