class _Private:
    def __init__(self):
        self.__v = 1

class __Dunder:
    def __init__(self):
        self.__v = 2

print(sorted(_Private().__dict__))   # expect: ['_Private__v']
print(sorted(__Dunder().__dict__))   # expect: ['_Dunder__v']
