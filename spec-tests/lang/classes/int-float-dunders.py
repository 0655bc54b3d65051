class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return ("round", n)

print(int(Num()), float(Num()), round(Num()), round(Num(), 2))   # expect: 7 2.5 ('round', None) ('round', 2)
