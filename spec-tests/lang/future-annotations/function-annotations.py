from __future__ import annotations

def f(a: int, /, b: "s" = 1, *args: *Ts, c: list[int], **kw: dict) -> Undefined:
    pass
print(f.__annotations__)    # expect: {'b': "'s'", 'a': 'int', 'args': '*Ts', 'c': 'list[int]', 'kw': 'dict', 'return': 'Undefined'}
