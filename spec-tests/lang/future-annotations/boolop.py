from __future__ import annotations
x: a and (b or c) and not d
print(__annotations__)    # expect: {'x': 'a and (b or c) and not d'}
