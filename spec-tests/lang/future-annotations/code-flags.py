from __future__ import annotations

def f():
    pass
class C:
    def m(self):
        return lambda: 0
print(hex(f.__code__.co_flags), hex(C.m.__code__.co_flags), hex(C().m().__code__.co_flags))    # expect: 0x1000003 0x1000003 0x1000013
