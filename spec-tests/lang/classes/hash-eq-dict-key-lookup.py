class K:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print("hash", self.name)
        return 1
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name

d = {K("a"): 1}   # expect: hash a
# expect: hash a
# expect: eq a a
# expect: 1
print(d[K("a")])
# expect: hash b
# expect: eq a b
d[K("b")] = 2
print(len(d))   # expect: 2
