# issuperset and isdisjoint read an iterable only up to the item that decides
# the answer; issubset builds a set from it first and reads it all.
it = iter([5, 1, 7, 8])
print({1, 2}.isdisjoint(it), list(it))          # expect: False [7, 8]
it = iter([1, 2, 7, 8])
print({1, 2}.issuperset(it), list(it))          # expect: False [8]
it = iter([1, 5, 7, 8])
print(frozenset({1, 2}).issuperset(it), list(it))   # expect: False [7, 8]
it = iter([5, 2, 7, 8])
print(frozenset({1, 2}).isdisjoint(it), list(it))   # expect: False [7, 8]
it = iter([1, 2, 7, 8])
print({1, 2}.issubset(it), list(it))            # expect: True []
it = iter([3, 4])
print({1, 2}.isdisjoint(it), list(it))          # expect: True []


class Naturals:
    def __init__(self):
        self.n = -1

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n


print({4, 5}.isdisjoint(Naturals()), {-1}.issuperset(Naturals()))   # expect: False False


class Loud:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print('hash', self.v)
        return hash(self.v)

    def __eq__(self, other):
        return self.v == getattr(other, 'v', other)


print({Loud(1)}.issuperset([Loud(9), Loud(1)]))
# expect: hash 1
# expect: hash 9
# expect: False
{1}.isdisjoint([[]])   # raises: TypeError: unhashable type: 'list'
