class OnlyNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj

print(OnlyNew(1, 2).args)   # expect: (1, 2)

class OnlyInit:
    def __init__(self, *args):
        self.args = args

print(OnlyInit(3).args)   # expect: (3,)

class Neither:
    pass

try:
    Neither(x=1)
except TypeError as e:
    print(e)   # expect: Neither() takes no arguments
object(1)   # raises: TypeError: object() takes no arguments
