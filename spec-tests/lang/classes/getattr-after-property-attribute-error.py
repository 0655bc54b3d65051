class A:
    @property
    def x(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "fallback for " + name

class B:
    @property
    def x(self):
        raise AttributeError("inner missing")   # raises: AttributeError: inner missing

print(A().x)   # expect: fallback for x
print(hasattr(B(), "x"), getattr(B(), "x", "default"))   # expect: False default
B().x
