from __future__ import annotations
x: f"{x!r:>{width}} and {y=} {{braces}}"
print(__annotations__)    # expect: {'x': "f'{x!r:>{width}} and y={y!r} {{braces}}'"}
