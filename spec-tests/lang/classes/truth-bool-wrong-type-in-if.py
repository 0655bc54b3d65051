class A:
    def __bool__(self):
        return "yes"

if A():   # raises: TypeError: __bool__ should return bool, returned str
    print("unreachable")
