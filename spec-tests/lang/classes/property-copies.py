def get(self):
    return 1

p = property(get)
q = p.setter(lambda self, v: None)
print(p is q)   # expect: False
print(p.fset is None, q.fset is not None)   # expect: True True
print(q.fget is get)   # expect: True
r = q.getter(lambda self: 2)
print(r.fget is get)   # expect: False
