from __future__ import annotations
x: f"{ {1} }"
print(__annotations__)    # expect: {'x': "f'{ {1}}'"}
