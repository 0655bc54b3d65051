class Acc:
    def __init__(self):
        self.log = []
    def _op(sym):
        def f(self, other):
            self.log.append(sym)
            return self
        return f
    __iadd__ = _op("+="); __isub__ = _op("-="); __imul__ = _op("*=")
    __itruediv__ = _op("/="); __ifloordiv__ = _op("//="); __imod__ = _op("%=")
    __ipow__ = _op("**="); __ilshift__ = _op("<<="); __irshift__ = _op(">>=")
    __iand__ = _op("&="); __ior__ = _op("|="); __ixor__ = _op("^=")
    __imatmul__ = _op("@=")

a = Acc()
keep = a
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a <<= 1; a >>= 1; a &= 1; a |= 1; a ^= 1; a @= 1
print(a is keep)   # expect: True
print(" ".join(a.log))   # expect: += -= *= /= //= %= **= <<= >>= &= |= ^= @=
