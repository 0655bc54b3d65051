class F(Exception):
    def __str__(self):
        return "custom " + super().__str__()
    def __repr__(self):
        return "F/" + super().__repr__()

print(F("a"), F())   # expect: custom a custom 
print(repr(F("b")))   # expect: F/F('b')

class P:
    def __repr__(self):
        return "P:" + super().__repr__()[:10]
    def __eq__(self, other):
        return super().__eq__(other)
    __hash__ = object.__hash__

p = P()
print(repr(p), p == p, p == 1)   # expect: P:<__main__. True False
