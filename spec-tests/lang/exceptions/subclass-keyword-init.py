class E(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code

e = E("m", code=3)
print(e.args, e.code, str(e))   # expect: ('m',) 3 m
print(repr(E()), E().code)   # expect: E() 0
E("x", colour=1)   # raises: TypeError: E.__init__() got an unexpected keyword argument 'colour'
