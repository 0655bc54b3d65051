class E(Exception):
    pass

try:
    raise E("x")
except E as err:
    print("in handler", err)   # expect: in handler x
err   # raises: NameError: name 'err' is not defined
