class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)   # expect: __len__() should return >= 0
class NotInt:
    def __len__(self): return "3"
len(NotInt())   # raises: TypeError: 'str' object cannot be interpreted as an integer
