# list == and < whose items' __eq__ change the lists being compared.
log = []
class C:
    def __init__(self, v, action=None): self.v, self.action = v, action
    def __eq__(self, other):
        log.append(self.v)
        if self.action:
            self.action()
        return isinstance(other, C) and self.v == other.v
    def __lt__(self, other):
        log.append(('lt', self.v))
        return self.v < other.v
    def __repr__(self): return 'C%d' % self.v
print([C(1)] == [C(1), C(2)], log)  # expect: False []
a = []
a.extend([C(1, lambda: a.clear()), C(2)])
b = [C(1), C(2)]
log.clear()
print(a == b, a, log)  # expect: False [] [1]
a = []
a.extend([C(1, lambda: a.pop()), C(2), C(3)])
b = [C(1), C(2), C(5)]
log.clear()
print(a < b, log)  # expect: True [1, 2]
a = [C(1), C(2)]
b = [C(1), C(3)]
log.clear()
print(a < b, a > b, log)  # expect: True False [1, 2, ('lt', 2), 1, 2, ('lt', 3)]
a = [C(1, lambda: b.append(C(9))), C(2)]
b = [C(1), C(2)]
print(a == b, a != b, len(b))  # expect: False True 3
