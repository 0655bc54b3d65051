from __future__ import annotations
x: x[()]
print(__annotations__)    # expect: {'x': 'x[()]'}
