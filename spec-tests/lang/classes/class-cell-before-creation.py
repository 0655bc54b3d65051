# expect: NameError cannot access free variable '__class__' where it is not associated with a value in enclosing scope
class A:
    def f(self):
        return __class__
    try:
        f(None)
    except NameError as e:
        print(type(e).__name__, e)
