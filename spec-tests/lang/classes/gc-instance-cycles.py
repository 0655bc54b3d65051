import gc
class Node:
    def __init__(self): self.other = None
gc.collect()
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(gc.collect() >= 2)   # expect: True
class Self:
    pass
Self.me = Self
del Self
print(gc.collect() >= 1)   # expect: True
