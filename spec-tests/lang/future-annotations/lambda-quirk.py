from __future__ import annotations
x: lambda *a, k=1, **kw: (a, k)
print(__annotations__)    # expect: {'x': 'lambda*a, k=1, **kw: (a, k)'}
