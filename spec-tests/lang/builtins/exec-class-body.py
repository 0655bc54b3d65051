# exec in a class body writes into the class namespace.
class C:
    exec('v = 7')
print(C.v)
# expect: 7
