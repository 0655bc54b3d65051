class E:
    @staticmethod
    def s():
        return "s"
    @classmethod
    def c(cls):
        return cls.s()

print(E.c(), E().c())   # expect: s s
print(isinstance(E.__dict__["s"], staticmethod), isinstance(E.__dict__["c"], classmethod))   # expect: True True
print(E.__dict__["s"].__func__(), E.__dict__["c"].__func__(E))   # expect: s s
cm = classmethod(lambda cls: cls)
print(type(cm).__name__, cm.__func__.__name__)   # expect: classmethod <lambda>
class C:
    m = cm
print(C.m() is C, C().m() is C)   # expect: True True
