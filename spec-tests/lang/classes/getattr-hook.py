class Proxy:
    def __init__(self, target): self.target = target
    def __getattr__(self, name):
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
print(p.count(1), p.target)   # expect: 1 [3, 1, 2]
class Lazy:
    x = 1
    def __getattr__(self, name):
        return name.upper()
print(Lazy().x, Lazy().hello)   # expect: 1 HELLO
