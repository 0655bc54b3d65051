class NonData:
    def __get__(self, obj, owner):
        return "descriptor"

class A:
    x = NonData()

a = A()
print(a.x)   # expect: descriptor
a.x = "instance"
print(a.x)   # expect: instance
del a.x
print(a.x)   # expect: descriptor
print(A.x)   # expect: descriptor
