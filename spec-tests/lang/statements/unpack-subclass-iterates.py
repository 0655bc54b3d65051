class L(list):
    def __len__(self):
        print('len called'); return 99
    def __iter__(self):
        print('iter called'); return iter([1, 2])
a, b = L([5, 6])
print(a, b)
class T(tuple):
    def __iter__(self):
        print('titer'); return iter((7, 8))
x, y = T((1, 2))
print(x, y)
print([*L([3])], (*T((1, 2)),))

# expect: iter called
# expect: 1 2
# expect: titer
# expect: 7 8
# expect: iter called
# expect: len called
# expect: titer
# expect: [1, 2] (7, 8)
