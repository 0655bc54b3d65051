class A:
    x = 1

a = A()
A.x = 2
print(a.x)   # expect: 2
A.y = "added later"
print(a.y)   # expect: added later
def late(self):
    return "late method on " + type(self).__name__
A.m = late
print(a.m())   # expect: late method on A
del A.x
print(hasattr(a, "x"))   # expect: False
