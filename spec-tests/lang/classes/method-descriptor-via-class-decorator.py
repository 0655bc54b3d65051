def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()])
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class P:
    def __repr__(self):
        return "placeholder"
    def __init__(self, x, y):
        self.x, self.y = x, y

print(P(1, "two"))   # expect: P(x=1, y='two')
print(repr(P(0, None)))   # expect: P(x=0, y=None)
