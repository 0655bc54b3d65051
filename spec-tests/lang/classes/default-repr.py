class Thing:
    pass
r = repr(Thing())
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"))   # expect: True True
print(Thing)                                                          # expect: <class '__main__.Thing'>
