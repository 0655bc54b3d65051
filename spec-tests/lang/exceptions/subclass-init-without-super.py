class Quiet(Exception):
    def __init__(self, code):
        self.code = code

e = Quiet(3)
print(e.args)   # expect: (3,)
print(str(e))   # expect: 3
print(e.code)   # expect: 3
raise Quiet(7)   # raises: Quiet: 7
