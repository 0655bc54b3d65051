"""A docstring."""
from __future__ import annotations
x: list[int]
print(__annotations__)    # expect: {'x': 'list[int]'}
