class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value * 2

class A:
    x = SetOnly()

a = A()
a.x = 21
print(a.seen)   # expect: 42
print(type(a.x).__name__)   # expect: SetOnly
a.__dict__["x"] = "dict"
print(a.x == "dict" or type(a.x).__name__)   # expect: True
