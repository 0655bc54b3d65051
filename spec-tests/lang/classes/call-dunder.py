class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add = Adder(10)
print(add(1), add(1, times=3), callable(add), callable(Adder))   # expect: 11 33 True True
class Plain: pass
print(callable(Plain()))   # expect: False
Plain()()                  # raises: TypeError: 'Plain' object is not callable
