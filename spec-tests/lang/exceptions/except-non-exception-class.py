class NotAnError:
    pass

try:
    raise ValueError("v")
except NotAnError:   # raises: TypeError: catching classes that do not inherit from BaseException is not allowed
    pass
