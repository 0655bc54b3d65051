# dict.update and dict() read an iterable of pairs one pair at a time:
# when it raises part-way, the pairs before it are stored (PyDict_MergeFromSeq2).
class Pairs:
    def __init__(self, items, then):
        self.items, self.then, self.i = items, then, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == len(self.items):
            raise self.then
        self.i += 1
        return self.items[self.i - 1]
d = {}
try:
    d.update(Pairs([('a', 1), ('b', 2)], KeyError('stop')))
except KeyError as e:
    print('KeyError', e, d)  # expect: KeyError 'stop' {'a': 1, 'b': 2}
d = {'z': 0}
try:
    d.update([('a', 1), ('b',)])
except ValueError as e:
    print(d, e)  # expect: {'z': 0, 'a': 1} dictionary update sequence element #1 has length 1; 2 is required
d = {}
try:
    d.update([('a', 1), 5])
except TypeError as e:
    print(d, e)  # expect: {'a': 1} cannot convert dictionary update sequence element #1 to a sequence
try:
    dict(Pairs([('a', 1)], KeyError('stop')))
except KeyError as e:
    print('dict() raised', e)  # expect: dict() raised 'stop'
print(dict(Pairs([('x', 1), ('y', 2)], StopIteration())))  # expect: {'x': 1, 'y': 2}
