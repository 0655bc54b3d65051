class A:
    @staticmethod
    def s():
        "static doc"
    @classmethod
    def c(cls):
        "class doc"
sm, cm = A.__dict__["s"], A.__dict__["c"]
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__wrapped__ is sm.__func__)   # expect: s A.s static doc True
print(cm.__name__, cm.__qualname__, cm.__doc__, cm.__wrapped__ is cm.__func__)   # expect: c A.c class doc True
print(A.c.__name__, A.c.__doc__, A.s.__name__)   # expect: c class doc s
print(repr(sm).startswith("<staticmethod(<function A.s at"), repr(cm).startswith("<classmethod(<function A.c at"))   # expect: True True
print(type(sm).__name__, type(cm).__name__)   # expect: staticmethod classmethod
