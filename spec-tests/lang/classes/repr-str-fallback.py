class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "just str"

print(OnlyRepr())   # expect: OnlyRepr()
print(str(OnlyRepr()), repr(OnlyRepr()))   # expect: OnlyRepr() OnlyRepr()
print(f"{OnlyRepr()} {OnlyRepr()!r} {OnlyRepr()!s}")   # expect: OnlyRepr() OnlyRepr() OnlyRepr()
print(OnlyStr())   # expect: just str
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))   # expect: True
print([OnlyStr()][0] is not None, str([OnlyRepr()]))   # expect: True [OnlyRepr()]
