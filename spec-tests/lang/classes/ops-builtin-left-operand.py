class Any:
    def __eq__(self, o): return f"eq({o!r})"
    def __lt__(self, o): return f"lt({o!r})"
    def __gt__(self, o): return f"gt({o!r})"
    def __le__(self, o): return f"le({o!r})"
    def __ge__(self, o): return f"ge({o!r})"
a = Any()
print(None == a, 1 < a, "s" > a, [1] <= a, (2,) >= a, 1.5 == a, a != 3)   # expect: eq(None) gt(1) lt('s') ge([1]) le((2,)) eq(1.5) False
print(a == None, a < 1, {1: 2} == a)   # expect: eq(None) lt(1) eq({1: 2})
class Rad:
    def __radd__(self, o): return f"radd({o!r})"
    def __rmul__(self, o): return f"rmul({o!r})"
    def __rsub__(self, o): return f"rsub({o!r})"
    def __ror__(self, o): return f"ror({o!r})"
r = Rad()
print([1] + r, "s" + r, (1,) + r, 2.5 + r, True + r)   # expect: radd([1]) radd('s') radd((1,)) radd(2.5) radd(True)
print([1] * r, "ab" * r, 3 * r, {1} - r, {1: 2} | r, {1} | r)   # expect: rmul([1]) rmul('ab') rmul(3) rsub({1}) ror({1: 2}) ror({1})
x = [1]
x += r
print(x)   # expect: radd([1])
class Big:
    def __rpow__(self, o): return f"rpow({o!r})"
    def __rtruediv__(self, o): return f"rtruediv({o!r})"
    def __rfloordiv__(self, o): return f"rfloordiv({o!r})"
    def __rmod__(self, o): return f"rmod({o!r})"
b = Big()
print(2 ** b, 1 / b, 7 // b, 5 % b, 2.0 ** b, 10**30 // b)   # expect: rpow(2) rtruediv(1) rfloordiv(7) rmod(5) rpow(2.0) rfloordiv(1000000000000000000000000000000)
print(("x%sy" % b).startswith("x<__main__.Big object at"))   # expect: True
