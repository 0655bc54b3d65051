class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(bool(Sized(0)), bool(Sized(3)))   # expect: False True
print(not Sized(0))   # expect: True
print(len([x for x in (Sized(0), Sized(1), Sized(2)) if x]))   # expect: 2
print(Sized(0) or "fallback")   # expect: fallback
print(Sized(2) and "second")   # expect: second
