class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration("done value")
        return self.i
it = It()
print(list(it), list(it))   # expect: [1, 2] []
it2 = It()
print(next(it2), next(it2))   # expect: 1 2
try:
    next(it2)
except StopIteration as e:
    print("stop", e.value, e.args)   # expect: stop done value ('done value',)
print(next(iter(It())), next(It(), "unused"))   # expect: 1 1
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(e)   # expect: 'NextOnly' object is not iterable
try:
    for x in NextOnly(): pass
except TypeError as e:
    print(e)   # expect: 'NextOnly' object is not iterable
class IterReturnsNone:
    def __iter__(self): return None
try:
    list(IterReturnsNone())
except TypeError as e:
    print(e)   # expect: iter() returned non-iterator of type 'NoneType'
class Seq:
    def __getitem__(self, i):
        if i > 1: raise IndexError("end")
        return i
s = iter(Seq())
print(next(s), next(s), next(s, "exhausted"), next(s, "still"))   # expect: 0 1 exhausted still
class Unpack:
    def __iter__(self): return iter([1, 2, 3])
try:
    a, b = Unpack()
except ValueError as e:
    print(e)   # expect: too many values to unpack (expected 2)
try:
    a, b, c, d = Unpack()
except ValueError as e:
    print(e)   # expect: not enough values to unpack (expected 4, got 3)
x, *y = Unpack()
print(x, y)   # expect: 1 [2, 3]
print(*Unpack(), sep="-")   # expect: 1-2-3
print({k: None for k in Unpack()})   # expect: {1: None, 2: None, 3: None}
