from __future__ import annotations
x: (a if b else c) if (d if e else f) else g
print(__annotations__)    # expect: {'x': '(a if b else c) if (d if e else f) else g'}
