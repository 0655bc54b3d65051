class A:
    def __init__(self, a):
        self.a = a
    def m(self, x, *, key=None):
        return key

for attempt in (lambda: A(b=1), lambda: A(1).m(1, other=2), lambda: A(1).m(1, 2)):
    try:
        attempt()
    except TypeError as e:
        # expect: A.__init__() got an unexpected keyword argument 'b'
        # expect: A.m() got an unexpected keyword argument 'other'
        # expect: A.m() takes 2 positional arguments but 3 were given
        print(e)
A(1).m(x=1, x2=3)   # raises: TypeError: A.m() got an unexpected keyword argument 'x2'
