class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
eg = MyEG("eg", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
class Plain(ExceptionGroup):
    pass
m, r = Plain("p", [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, type(r).__name__)
# expect: MyEG MyEG('eg!', [ValueError(1)]) MyEG('eg!', [TypeError(2)])
# expect: ExceptionGroup ExceptionGroup
