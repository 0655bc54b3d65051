class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.n = name

# expect: set_name E d
class E:
    d = D()

class F(E):
    pass

print(F.d.n, F.d is E.d)   # expect: d True
