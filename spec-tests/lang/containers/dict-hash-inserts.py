# __hash__ runs before the search starts, so a key whose hash inserts into
# the dict it is being stored in sees its own insertion afterwards.
class K:
    def __init__(self, name): self.name = name
    def __hash__(self):
        d['from_hash_' + self.name] = 0
        return 5
    def __eq__(self, other): return self is other
    def __repr__(self): return 'K(' + self.name + ')'
d = {}
d[K('a')] = 1
print(d)  # expect: {'from_hash_a': 0, K(a): 1}
k = K('b')
d[k] = 2
print(list(d.values()))  # expect: [0, 1, 0, 2]
print(k in d, len(d))  # expect: True 4
print(d.pop(k), len(d))  # expect: 2 3
