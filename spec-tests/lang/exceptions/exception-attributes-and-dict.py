class E(Exception):
    kind = "class-level"

e = E("m")
e.extra = 5
print(e.kind, e.extra)   # expect: class-level 5
print(e.__dict__)   # expect: {'extra': 5}
print(E.kind, hasattr(E("x"), "extra"))   # expect: class-level False
