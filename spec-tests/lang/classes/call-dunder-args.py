class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, *args, scale=1, **kw):
        return (self.base + sum(args)) * scale, sorted(kw)

add = Adder(10)
print(add(1, 2))   # expect: (13, [])
print(add(1, scale=3, extra=True))   # expect: (33, ['extra'])
print(callable(add), callable(Adder))   # expect: True True
print([Adder(1)(x)[0] for x in [1, 2]])   # expect: [2, 3]
