class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

d = {Key("a"): 1}
d[Key("a")] = 2
print(len(d), d[Key("a")])   # expect: 1 2
print(Key("b") in d, Key("a") in {Key("a")})   # expect: False True
print(hash(Key(5)) == hash(5))   # expect: True
