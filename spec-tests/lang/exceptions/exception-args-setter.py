class E(Exception):
    pass

e = E(1, 2)
e.args = ("changed",)
print(e, e.args)   # expect: changed ('changed',)
e.args = [3, 4]
print(e.args, str(e))   # expect: (3, 4) (3, 4)
