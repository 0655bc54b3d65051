class NeverEq:
    def __eq__(self, other):
        return False
    __hash__ = None

n = NeverEq()
print(n == n, n in [n], [n].count(n), [n].index(n))   # expect: False True 1 0
print([n] == [n], (n,) == (n,), n in (n,))   # expect: True True True
print(NeverEq() in [NeverEq()])   # expect: False
