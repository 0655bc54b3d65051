class Fine(StopIteration, KeyError):
    pass

print(Fine("v").value)   # expect: v

class Clash(OSError, SyntaxError):   # raises: TypeError: multiple bases have instance lay-out conflict
    pass
