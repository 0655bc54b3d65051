class Loud:
    def __get__(self, obj, owner):
        return "from descriptor"
    def __set__(self, obj, value):
        obj.__dict__["stored"] = value

class A:
    x = Loud()

a = A()
a.__dict__["x"] = "from dict"
print(a.x)   # expect: from descriptor
a.x = 5
print(a.__dict__["stored"])   # expect: 5
print(sorted(a.__dict__))   # expect: ['stored', 'x']
