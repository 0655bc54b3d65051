from __future__ import annotations
x: {*()}
print(__annotations__)    # expect: {'x': '{*()}'}
