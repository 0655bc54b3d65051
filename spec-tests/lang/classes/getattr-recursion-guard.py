class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name == "loaded":
            raise AttributeError(name)
        value = self.loaded.setdefault(name, len(self.loaded))
        return value

l = Lazy()
print(l.a, l.b, l.a)   # expect: 0 1 0
print(l.loaded)   # expect: {'a': 0, 'b': 1}
