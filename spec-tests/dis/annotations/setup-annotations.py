"""Module docstring."""
import sys
for i in range(2):
    if i:
        x: int = i
class C:
    """Doc."""
    try:
        a: int
    except Exception:
        b: str
    def f(self, *args: *tuple, **kw: "dict[str, int]") -> C: ...
