from __future__ import annotations
x: (1+2)*3 - 4/5 // 6 % 7
print(__annotations__)    # expect: {'x': '(1 + 2) * 3 - 4 / 5 // 6 % 7'}
