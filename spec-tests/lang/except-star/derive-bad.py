class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
# expect: derive must return an instance of BaseExceptionGroup
