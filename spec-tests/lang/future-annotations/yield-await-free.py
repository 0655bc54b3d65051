from __future__ import annotations
x: x[a, b][c](d)[e]
print(__annotations__)    # expect: {'x': 'x[a, b][c](d)[e]'}
