class A:
    def __init_subclass__(cls, **kw):
        print("A hook for", cls.__name__, kw)
        super().__init_subclass__(**kw)

class B:
    def __init_subclass__(cls, **kw):
        print("B hook for", cls.__name__, kw)
        super().__init_subclass__()

# expect: A hook for C {'tag': 1}
# expect: B hook for C {'tag': 1}
class C(A, B, tag=1):
    pass
