class V:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self

class Holder:
    def __init__(self):
        self.v = V()

h = Holder()
before = h.v
h.v += 1
h.v += 2
print(h.v.items, h.v is before)   # expect: [1, 2] True
lst = [V()]
lst[0] += 9
print(lst[0].items)   # expect: [9]
d = {"k": V()}
d["k"] += 3
print(d["k"].items)   # expect: [3]
