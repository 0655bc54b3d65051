def f(a: int, /, b: "s" = 1, *args: tuple, c: float, **kw: dict) -> None:
    x: int = 5
    y: str
    (z): int = 3
    self_attr: list
    return x
class C:
    a: int
    b: str = "x"
    (c): int = 4
    d.e: int if False else 0
    __private: int
x: int = 1
lst = [0]
lst[0]: int
lst[0:1]: int = 5
