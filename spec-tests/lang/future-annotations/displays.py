from __future__ import annotations
x: [1, (2,), {3: 4, **d}, {5, 6}, ()]
print(__annotations__)    # expect: {'x': '[1, (2,), {3: 4, **d}, {5, 6}, ()]'}
