from __future__ import annotations
x: x[1,]
print(__annotations__)    # expect: {'x': 'x[1,]'}
