# sys.intern: one object per text; exact str only.
import sys
a = "".join(["inter", "ned"])
b = "".join(["in", "terned"])
print(a is b, sys.intern(a) is sys.intern(b), sys.intern(b) is a)
class S(str):
    pass
for bad in (S("x"), 1):
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)

# expect: False True True
# expect: can't intern S
# expect: intern() argument must be str, not int
