"""Docstring first."""
from __future__ import annotations
a: f"{x!r:>{w}}" = 1
b: (1 + 2) * 3 ** -4
c: tuple[*Ts, ...]
d: {*()} | {1: 2, **e}
def g(p: [x for x in y if x], q: 1e400j = 2) -> not a or b:
    pass
