class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Val) and other.v == self.v
    def __repr__(self):
        return f"Val({self.v})"

items = [Val(1), Val(2), Val(1)]
print(items.count(Val(1)), items.index(Val(2)), Val(2) in items)   # expect: 2 1 True
items.remove(Val(1))
print(items)   # expect: [Val(2), Val(1)]
print([Val(1)] == [Val(1)], (Val(3),) != (Val(3),))   # expect: True False
