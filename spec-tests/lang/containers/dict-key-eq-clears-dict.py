# A key's __eq__ clears the dict being searched: CPython's lookup sees that
# the table changed under it and starts again, in the now empty table.
calls = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, other):
        calls.append(self.v)
        d.clear()
        return True
d = {K(1): 'one'}
print(K(2) in d)  # expect: False
print(calls, d)  # expect: [1] {}
d[K(3)] = 'three'
calls.clear()
print(d.get(K(4), 'missing'), calls, len(d))  # expect: missing [3] 0
d[K(5)] = 'five'
calls.clear()
try:
    d[K(6)]
except KeyError as e:
    print('KeyError', calls, len(d))  # expect: KeyError [5] 0
