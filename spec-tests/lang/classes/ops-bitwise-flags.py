class Flag:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Flag(self.v and o.v)
    def __or__(self, o): return Flag(self.v or o.v)
    def __xor__(self, o): return Flag(self.v != o.v)
    def __invert__(self): return Flag(not self.v)
    def __bool__(self): return bool(self.v)
    def __repr__(self): return f"Flag({self.v})"
t, f = Flag(True), Flag(False)
print(t & f, t | f, t ^ f, t and f, t or f, not t)   # expect: Flag(False) Flag(True) Flag(True) Flag(False) Flag(True) False
x = t
x &= f
print(x, t)   # expect: Flag(False) Flag(True)
x |= t
print(x)   # expect: Flag(True)
class Shift:
    def __lshift__(self, n): return f"<<{n}"
    def __rrshift__(self, n): return f"{n}>>"
    def __ilshift__(self, n): return "in-place <<"
s = Shift()
print(s << 2, 8 >> s)   # expect: <<2 8>>
s <<= 1
print(s)   # expect: in-place <<
