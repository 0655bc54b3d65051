class E(Exception):
    pass

print(E("a") == E("a"))   # expect: False
e = E("a")
print(e == e, hash(e) == hash(e))   # expect: True True
print(len({E(), E()}))   # expect: 2
