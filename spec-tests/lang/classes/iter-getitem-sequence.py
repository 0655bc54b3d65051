class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()))   # expect: [0, 1, 4, 9]
print(3 in Squares(), 4 in Squares(), 9 in Squares())   # expect: False True True
it = iter(Squares())
print(type(it).__name__)   # expect: iterator
print(next(it), next(it))   # expect: 0 1
x, y, *rest = Squares()
print(x, y, rest)   # expect: 0 1 [4, 9]
