class D:
    def __get__(self, obj, owner):
        return "got"
    def __set__(self, obj, value):
        print("set", value)
    def __delete__(self, obj):
        print("delete", type(obj).__name__)

class A:
    d = D()

a = A()
a.d = 3   # expect: set 3
print(a.d)   # expect: got
del a.d   # expect: delete A
print(a.d)   # expect: got
