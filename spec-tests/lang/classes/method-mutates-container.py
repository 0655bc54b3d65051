# A set's __contains__ search calls __eq__, which adds to the set being
# searched: CPython reports the change as a RuntimeError, and so does lython
# (in its own words, listed in the differences appendix, hence no message).
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        s.add(K(99))
        return self.v == o.v
s = {K(1)}
try:
    K(1) in s
except RuntimeError:
    print("RuntimeError")   # expect: RuntimeError
print("alive")              # expect: alive
