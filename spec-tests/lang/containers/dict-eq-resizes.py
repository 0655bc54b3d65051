# A key's __eq__ adds enough keys to make the dict rebuild its table: the
# search restarts in the new table and still finds the key.
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return 12345
    def __eq__(self, other):
        K.calls += 1
        if len(d) < 20:
            for i in range(20):
                d[i] = i
        return self.v == other.v
d = {}
d[K(1)] = 'a'
d[K(2)] = 'b'
K.calls = 0
print(d[K(2)], K.calls, len(d))  # expect: b 2 22
print(list(d)[2:6])  # expect: [1, 2, 3, 4]
