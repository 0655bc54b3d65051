from __future__ import annotations
x: f(a, *b, c=1, **d)
print(__annotations__)    # expect: {'x': 'f(a, *b, c=1, **d)'}
