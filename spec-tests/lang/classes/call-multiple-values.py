class A:
    def m(self, x):
        return x

try:
    A().m(1, x=2)
except TypeError as e:
    print(e)   # expect: A.m() got multiple values for argument 'x'
A().m(self=1)   # raises: TypeError: A.m() got multiple values for argument 'self'
