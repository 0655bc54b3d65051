class Touchy:
    def __eq__(self, other):
        raise RuntimeError("do not compare me")   # raises: RuntimeError: do not compare me

items = [1, Touchy()]
print(1 in items)   # expect: True
print(items.index(1))   # expect: 0
2 in items
