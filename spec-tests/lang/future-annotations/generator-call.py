from __future__ import annotations
x: f(x for x in y)
print(__annotations__)    # expect: {'x': 'f(x for x in y)'}
