class Three:
    def __index__(self):
        return 3

t = Three()
print([10, 20, 30, 40][t], "abcdef"[t:], bin(t), range(t), hex(t))   # expect: 40 def 0b11 range(0, 3) 0x3
print(int(t) if hasattr(Three, "__int__") else "no __int__", [0] * t)   # expect: no __int__ [0, 0, 0]
