class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return "abs"

u = U()
print(-u, +u, abs(u))   # expect: neg pos abs
print(-(-u == "x"))   # expect: 0
