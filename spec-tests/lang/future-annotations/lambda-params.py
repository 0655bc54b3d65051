from __future__ import annotations
x: lambda x, y=2, /, z=3, *, w, v=4: 0
print(__annotations__)    # expect: {'x': 'lambda x, y=2, /, z=3, *, w, v=4: 0'}
