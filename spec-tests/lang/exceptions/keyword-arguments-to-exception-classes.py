tests = [
    lambda: ValueError(x=1),
    lambda: KeyError("a", k=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        # expect: TypeError: ValueError() takes no keyword arguments
        # expect: TypeError: KeyError() takes no keyword arguments
        print("TypeError:", e)
class E(Exception):
    pass
try:
    E(code=1)
except TypeError as e:
    print(e)   # expect: E() takes no keyword arguments
class F(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kwargs = kwargs
print(F(1, code=2).kwargs, F(1, code=2).args)   # expect: {'code': 2} (1,)
class G(Exception):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)
    def __init__(self, *args, **kwargs):
        pass
print(G(1, 2, k=3).args)   # expect: (1, 2)
class H(Exception):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)
H(1, k=2)   # raises: TypeError: H() takes no keyword arguments
