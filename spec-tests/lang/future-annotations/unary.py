from __future__ import annotations
x: -(-1) + ~x + (not y)
print(__annotations__)    # expect: {'x': '--1 + ~x + (not y)'}
