from __future__ import annotations
x: 1 .real + 1.5.imag
print(__annotations__)    # expect: {'x': '1 .real + 1.5.imag'}
