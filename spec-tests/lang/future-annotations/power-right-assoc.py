from __future__ import annotations
x: (a ** b) ** c ** -d
print(__annotations__)    # expect: {'x': '(a ** b) ** c ** (-d)'}
