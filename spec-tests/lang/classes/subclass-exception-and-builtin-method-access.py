class MyList(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
    def __getitem__(self, i):
        return "item " + repr(list.__getitem__(self, i))

m = MyList([1])
m.append(2)   # expect: appending 2
print(m, m[0], len(m), list(m), m.count(2))   # expect: [1, 2] item 1 2 [1, 2] 1
m.extend([3])
print(m, sorted(m, reverse=True), MyList.__mro__[1].__name__)   # expect: [1, 2, 3] [3, 2, 1] list
