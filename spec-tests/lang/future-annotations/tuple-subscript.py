from __future__ import annotations
x: x[a:b, ::c, 1:]
print(__annotations__)    # expect: {'x': 'x[a:b, ::c, 1:]'}
