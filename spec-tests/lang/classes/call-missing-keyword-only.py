class A:
    def m(self, *, key, other):
        return key

try:
    A().m(other=1)
except TypeError as e:
    print(e)   # expect: A.m() missing 1 required keyword-only argument: 'key'
A().m()   # raises: TypeError: A.m() missing 2 required keyword-only arguments: 'key' and 'other'
