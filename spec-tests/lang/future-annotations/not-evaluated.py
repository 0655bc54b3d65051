from __future__ import annotations

class C:
    x: undefined
    (y): also_undefined
    z: int = 3
print(C.__annotations__, C.z)    # expect: {'x': 'undefined', 'z': 'int'} 3
d = {}
d["k"]: never_looked_up
print(d)    # expect: {}
