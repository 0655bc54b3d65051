class R:
    def __reversed__(self):
        return iter("cba")

print(list(reversed(R())))   # expect: ['c', 'b', 'a']

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(reversed(Seq())))   # expect: [20, 10, 0]
