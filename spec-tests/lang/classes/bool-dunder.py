class Empty:
    def __len__(self): return 0
class Truth:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Empty()), bool(Truth()), not Truth())   # expect: False False True
class Bad:
    def __bool__(self): return 1
bool(Bad())   # raises: TypeError: __bool__ should return bool, returned int
