class P:
    def __pow__(self, exp, mod=None):
        if mod is None:
            return ("pow", exp)
        return NotImplemented

class RPow:
    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)

print(P() ** 2, pow(P(), 3))   # expect: ('pow', 2) ('pow', 3)
print(2 ** RPow(), pow(2, RPow()))   # expect: ('rpow', 2, None) ('rpow', 2, None)
try:
    pow(2, RPow(), 5)
except TypeError as e:
    print(e)   # expect: unsupported operand type(s) for ** or pow(): 'int', 'RPow', 'int'
pow(P(), 2, 5)   # raises: TypeError: unsupported operand type(s) for ** or pow(): 'P', 'int', 'int'
