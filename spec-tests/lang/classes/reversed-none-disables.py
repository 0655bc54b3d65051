class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return "ab"[i]

class NoReverse(Seq):
    __reversed__ = None

print("".join(reversed(Seq())))   # expect: ba
print(list(NoReverse()))   # expect: ['a', 'b']
reversed(NoReverse())   # raises: TypeError: 'NoReverse' object is not reversible
