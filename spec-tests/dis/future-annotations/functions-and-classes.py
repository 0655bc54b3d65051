from __future__ import annotations
def f(a: int, /, b: "s" = 1, *args: *Ts, c: float, **kw: dict[str, int]) -> None:
    x: int = 5
    y: str
    (z): int = 3
    return x
class C:
    a: int
    b: str = "x"
    (c): int = 4
    d.e: int
x: lambda y: y + 1 = 1
lst = [0]
lst[0]: int
lst[0:1]: int = 5
