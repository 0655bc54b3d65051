# d[k] and d[k] = v on an exact dict skip the generic subscript path; ints
# compare by value inside the search. Equal keys of other types still meet
# them, and subclasses keep __missing__ and their own __getitem__.
d = {}
d[1] = "one"
d[10**20] = "big"
d[-5] = "neg"
print(d[True], d[1.0], d[10**20], d[-5])  # expect: one one big neg
d[True] = "true"
print(d, len(d))  # expect: {1: 'true', 100000000000000000000: 'big', -5: 'neg'} 3
print(d[int("100000000000000000000")])  # expect: big

class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)

m = Missing(a=1)
print(m["a"], m["b"])  # expect: 1 ('missing', 'b')

class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())

u = Upper(A=1)
print(u["a"])  # expect: 1

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq called")
        return self.v == other

k = {5: "five"}
print(k[Key(5)])  # expect: eq called
# expect: five
try:
    d[[1]] = 2
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
d["x"]  # raises: KeyError: 'x'
