class Single:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)   # expect: True 2
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())       # expect: 42
