class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
print(P(1) == P(1), P(1) != P(2), P(1) == 1)   # expect: True True False
print(P.__hash__)                               # expect: None
try:
    hash(P(1))
except TypeError as e:
    print(e)                                    # expect: unhashable type: 'P'
class H(P):
    def __hash__(self): return hash(self.v)
print({H(1), H(1), H(2)} == {H(1), H(2)}, len({H(1), H(1)}))   # expect: True 1
