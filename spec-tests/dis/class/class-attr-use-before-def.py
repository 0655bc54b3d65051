x = 0
class A:
    y = x
    x = 1
    z = x
