from __future__ import annotations
x: (a < b) == (c is not d) in e
print(__annotations__)    # expect: {'x': '(a < b) == (c is not d) in e'}
