from __future__ import annotations
x: tuple[*Ts]
print(__annotations__)    # expect: {'x': 'tuple[*Ts,]'}
