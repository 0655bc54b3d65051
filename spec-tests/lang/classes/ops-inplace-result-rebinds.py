class A:
    def __iadd__(self, other):
        return "replaced"

x = A()
x += 1
print(x)   # expect: replaced
class B:
    items = []
    def __iadd__(self, other):
        self.items.append(other)
        return None
b = B()
b += 5
print(b, B.items)   # expect: None [5]
