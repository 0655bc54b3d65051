# A set element's __eq__ discards an element of the set being searched:
# set_lookkey sees the slot changed and searches again.
log = []
class E:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other):
        log.append(self.v)
        s.discard(self)
        return self.v == other.v
    def __repr__(self): return 'E%d' % self.v
s = set()
s = {E(1), E(2)}
print(E(2) in s, sorted(log), len(s))  # expect: False [1, 1, 2] 0
log.clear()
s = {E(1), E(2)}
log.clear()
s.discard(E(2))
print(sorted(log), s)  # expect: [1, 2] set()
s = {E(1)}
log.clear()
try:
    s.remove(E(5))
except KeyError as e:
    print('KeyError', e, log, s)  # expect: KeyError E5 [1] set()
