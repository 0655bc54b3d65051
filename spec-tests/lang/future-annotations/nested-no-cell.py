from __future__ import annotations

def outer():
    T = 1
    def inner(x: T) -> T:
        pass
    return inner
print(outer.__code__.co_cellvars, outer().__annotations__)    # expect: () {'x': 'T', 'return': 'T'}
