# How many times a key's __hash__ and __eq__ run in update, popitem and
# setdefault, and the RuntimeError of an update whose source changes.
log = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        log.append('hash%d' % self.v)
        return 1
    def __eq__(self, other):
        log.append('eq%d,%d' % (self.v, other.v))
        return self.v == other.v
    def __repr__(self): return 'K%d' % self.v
a = {K(1): 'a', K(2): 'b'}
b = {K(3): 'c'}
log.clear()
a.update(b)
print(log)  # expect: ['eq1,3', 'eq2,3']
log.clear()
print(a.popitem(), log)  # expect: (K3, 'c') []
log.clear()
print(a.setdefault(K(2), 'z'), log)  # expect: b ['hash2', 'eq1,2', 'eq2,2']
log.clear()
print(a.setdefault(K(5), 'z'), log)  # expect: z ['hash5', 'eq1,5', 'eq2,5']
c = dict(a)
log.clear()
print(len(c), log)  # expect: 3 []
armed = False
class Mutator:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, other):
        if armed:
            src.clear()
        return False
target = {Mutator(0): 0}
src = {Mutator(1): 1, Mutator(2): 2}
armed = True
try:
    target.update(src)
except RuntimeError as e:
    print(e)  # expect: dict mutated during update
print(len(target), len(src))  # expect: 2 0
