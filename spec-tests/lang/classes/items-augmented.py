class Cells:
    def __init__(self):
        self.c = [0, 0]
    def __getitem__(self, i):
        print("get", i)
        return self.c[i]
    def __setitem__(self, i, v):
        print("set", i, v)
        self.c[i] = v

c = Cells()
# expect: get 1
# expect: set 1 5
c[1] += 5
print(c.c)   # expect: [0, 5]
