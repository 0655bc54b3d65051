class A:
    def __format__(self, spec):
        return len(spec)

print("start")   # expect: start
f"{A():abc}"   # raises: TypeError: __format__ must return a str, not int
