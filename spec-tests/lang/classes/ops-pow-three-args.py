class P:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)
    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)

print(P() ** 2)   # expect: ('pow', 2, None)
print(pow(P(), 2))   # expect: ('pow', 2, None)
print(pow(P(), 2, 7))   # expect: ('pow', 2, 7)
print(2 ** P())   # expect: ('rpow', 2, None)
