class Data:
    def __get__(self, obj, owner): return "data"
    def __set__(self, obj, value): pass
class NonData:
    def __get__(self, obj, owner): return "nondata"
class A:
    d = Data()
    n = NonData()
a = A()
a.__dict__["d"] = "instance"
a.__dict__["n"] = "instance"
print(a.d, a.n, A.n)   # expect: data instance nondata
