# Subclasses of the built-in containers: which of their dunders the
# built-in operations call (sq_contains, dict_merge's test of __iter__,
# set_repr listing through iteration).
class L(list):
    def __iter__(self): return iter([99])
    def __getitem__(self, i): return 'gi'
    def __len__(self): return 42
l = L([1, 2])
print(1 in l, 99 in l, list(l), l[0], len(l), sorted(l), tuple(l), [*l], str(l), l == [1, 2], l + [3], max(l))  # expect: True False [99] gi 42 [99] (99,) [99] [1, 2] True [1, 2, 3] 99
class D(dict):
    def __getitem__(self, k): return 'gi'
    def __iter__(self): return iter(['z'])
    def keys(self): return ['k']
    def __contains__(self, k): return True
d = D(a=1)
print(d['a'], 'q' in d, list(d), dict(d), {**d}, d.get('a'), len(d), str(d), d == {'a': 1}, list(d.items()))  # expect: gi True ['z'] {'k': 'gi'} {'k': 'gi'} 1 1 {'a': 1} True [('a', 1)]
class S(str):
    def __iter__(self): return iter('xyz')
    def __len__(self): return 7
    def __getitem__(self, i): return 'g'
    def __contains__(self, x): return True
s = S('ab')
print(list(s), len(s), s[0], 'q' in s, s.upper(), s + 'c', ''.join(s), str(s), repr(s), s == 'ab', sorted(s))  # expect: ['x', 'y', 'z'] 7 g True AB abc xyz ab 'ab' True ['x', 'y', 'z']
class T(tuple):
    def __iter__(self): return iter([0])
    def __len__(self): return 5
t = T((1, 2))
print(list(t), len(t), t[1], 1 in t, t + (3,), tuple(t), str(t), t == (1, 2), hash(t) == hash((1, 2)))  # expect: [0] 5 2 True (1, 2, 3) (0,) (1, 2) True True
class St(set):
    def __iter__(self): return iter([5])
    def __contains__(self, x): return x == 5
st = St([1])
print(list(st), 1 in st, 5 in st, st | {2}, set(st), str(st), st == {1}, len(st))  # expect: [5] False True {1, 2} {1} St({5}) True 1
class E(set):
    def __iter__(self): return iter([7])
print(repr(E()), repr(E([1])))  # expect: E() E({7})
class Kf(dict):
    def keys(self): return ['a']
print(dict(Kf(a=1, b=2)), {**Kf(a=1, b=2)})  # expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2}
class It(dict):
    def __iter__(self): return iter(['b'])
print(dict(It(a=1, b=2)), {**It(a=1, b=2)})  # expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2}
def f(**kw): return kw
print(f(**It(a=1, b=2)), f(**Kf(a=1, b=2)))  # expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2}
d = {}
d.update(It(a=1, b=2))
print(d)  # expect: {'a': 1, 'b': 2}
