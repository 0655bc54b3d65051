class Rec:
    def __init__(self, name):
        self.name = name
    def _op(sym):
        def f(self, other):
            return f"{self.name} {sym} {other}"
        return f
    __add__ = _op("+"); __sub__ = _op("-"); __mul__ = _op("*")
    __truediv__ = _op("/"); __floordiv__ = _op("//"); __mod__ = _op("%")
    __pow__ = _op("**"); __lshift__ = _op("<<"); __rshift__ = _op(">>")
    __and__ = _op("&"); __or__ = _op("|"); __xor__ = _op("^")

r = Rec("r")
for result in (r + 1, r - 1, r * 1, r / 1, r // 1, r % 1, r ** 1,
               r << 1, r >> 1, r & 1, r | 1, r ^ 1):
    # expect: r + 1
    # expect: r - 1
    # expect: r * 1
    # expect: r / 1
    # expect: r // 1
    # expect: r % 1
    # expect: r ** 1
    # expect: r << 1
    # expect: r >> 1
    # expect: r & 1
    # expect: r | 1
    # expect: r ^ 1
    print(result)
