class Naturals:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        print("next", self.n)
        return self.n

# expect: next 1
# expect: next 2
# expect: next 3
# expect: True
print(3 in Naturals())

class Pair:
    def __getitem__(self, i):
        print("getitem", i)
        if i < 2:
            return i
        raise IndexError

# expect: getitem 0
# expect: True
print(0 in Pair())
# expect: getitem 0
# expect: getitem 1
# expect: getitem 2
# expect: False
print(9 in Pair())
