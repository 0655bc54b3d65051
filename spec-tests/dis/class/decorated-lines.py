def deco(c):
    return c
@deco
@deco
class A(
    object,
    metaclass=type,
):
    x = 1
