class Counter:
    def __init__(self):
        self.gets = 0
    def __get__(self, obj, owner):
        self.gets += 1
        return self.gets

class D:
    c = Counter()

d = D()
print(d.c, d.c, D.c, D.__dict__["c"].gets)   # expect: 1 2 3 3
