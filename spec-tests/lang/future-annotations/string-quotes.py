from __future__ import annotations
x: "it's"
print(__annotations__)    # expect: {'x': '"it\'s"'}
