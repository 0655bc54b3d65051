class A:
    @property
    def x(self):
        raise KeyError("inside")   # raises: KeyError: 'inside'
    def __getattr__(self, name):
        return "fallback " + name

a = A()
print(a.y)   # expect: fallback y
print(a.x)
