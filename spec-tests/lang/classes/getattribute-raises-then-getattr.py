class A:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name

a = A()
a.x = 1
print(a.x, a.hidden, a.other)   # expect: 1 fallback hidden fallback other
