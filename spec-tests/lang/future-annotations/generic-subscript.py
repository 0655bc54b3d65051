from __future__ import annotations
x: dict[str,list[ int ]]
print(__annotations__)    # expect: {'x': 'dict[str, list[int]]'}
