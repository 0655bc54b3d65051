def f(self):
    return super().x   # raises: RuntimeError: super(): __class__ cell not found

class A:
    pass

A.f = f
A().f()
