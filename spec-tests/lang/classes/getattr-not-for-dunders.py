class A:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name

a = A()
print(a.__len__())   # expect: via getattr __len__
print(a.anything())   # expect: via getattr anything
len(a)   # raises: TypeError: object of type 'A' has no len()
