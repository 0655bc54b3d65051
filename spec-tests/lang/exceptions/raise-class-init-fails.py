class NeedsCode(Exception):
    def __init__(self, code):
        super().__init__(code)

try:
    raise NeedsCode(1)
except NeedsCode as e:
    print("with argument", e)   # expect: with argument 1
raise NeedsCode   # raises: TypeError: NeedsCode.__init__() missing 1 required positional argument: 'code'
