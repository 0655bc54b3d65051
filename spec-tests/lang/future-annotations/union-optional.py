from __future__ import annotations
x: int | None
print(__annotations__)    # expect: {'x': 'int | None'}
