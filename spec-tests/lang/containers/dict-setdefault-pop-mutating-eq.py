# setdefault, pop and get with keys whose __eq__ changes the dict.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, other):
        if d.get('trigger'):
            del d['trigger']
            d['extra'] = 1
        return self.v == getattr(other, 'v', None)
    def __repr__(self): return 'K%d' % self.v
d = {K(1): 'a'}
d['trigger'] = True
print(d.setdefault(K(1), 'new'), d)  # expect: a {K1: 'a', 'extra': 1}
d['trigger'] = True
print(d.setdefault(K(2), 'new'), d)  # expect: new {K1: 'a', 'extra': 1, K2: 'new'}
d['trigger'] = True
print(d.pop(K(2)), d)  # expect: new {K1: 'a', 'extra': 1}
print(d.pop(K(3), 'dflt'))  # expect: dflt
