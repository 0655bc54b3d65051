class A:
    def __format__(self, spec):
        raise ValueError("from __format__ " + spec)   # raises: ValueError: from __format__ >3

print("start")   # expect: start
f'{A():>3}'
