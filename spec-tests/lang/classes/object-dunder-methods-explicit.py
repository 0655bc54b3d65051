class A:
    def __init__(self):
        object.__init__(self)
        self.x = 1
    def __repr__(self):
        return "A(" + object.__repr__(self)[1:9] + ")"

a = A()
print(repr(a), object.__eq__(a, a), object.__ne__(a, 1))   # expect: A(__main__) True NotImplemented
print(object.__str__(a) == repr(a))   # expect: True
