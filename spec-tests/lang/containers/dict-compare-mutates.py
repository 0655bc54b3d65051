# dict == dict where a value's __eq__ changes the dicts being compared:
# CPython walks the first dict by position and looks each key up afresh.
class V:
    def __init__(self, v, action=None): self.v, self.action = v, action
    def __eq__(self, other):
        if self.action:
            self.action()
        return isinstance(other, V) and self.v == other.v
    __hash__ = None
a = {}
b = {}
a['x'] = V(1, lambda: a.clear())
a['y'] = V(2)
b['x'] = V(1)
b['y'] = V(2)
print(a == b, len(a))  # expect: True 0
a = {'x': V(1, lambda: b.pop('y')), 'y': V(2)}
b = {'x': V(1), 'y': V(2)}
print(a == b, len(b))  # expect: False 1
a = {'x': V(1, lambda: a.update(z=V(3))), 'y': V(2)}
b = {'x': V(1), 'y': V(2)}
print(a == b, sorted(a))  # expect: False ['x', 'y', 'z']
print({1: 2} == {1: 2, 3: 4}, {} != {})  # expect: False False
