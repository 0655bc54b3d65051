class Rec:
    def _op(sym):
        def f(self, other):
            return f"{other} {sym} R"
        return f
    __radd__ = _op("+"); __rsub__ = _op("-"); __rmul__ = _op("*")
    __rtruediv__ = _op("/"); __rfloordiv__ = _op("//"); __rmod__ = _op("%")
    __rpow__ = _op("**"); __rlshift__ = _op("<<"); __rrshift__ = _op(">>")
    __rand__ = _op("&"); __ror__ = _op("|"); __rxor__ = _op("^")

r = Rec()
for result in (1 + r, 1 - r, 1 * r, 1 / r, 1 // r, 1 % r, 1 ** r,
               1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r):
    # expect: 1 + R
    # expect: 1 - R
    # expect: 1 * R
    # expect: 1 / R
    # expect: 1 // R
    # expect: 1 % R
    # expect: 1 ** R
    # expect: 1 << R
    # expect: 1 >> R
    # expect: 1 & R
    # expect: 1 | R
    # expect: 1 ^ R
    print(result)
