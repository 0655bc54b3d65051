class OnlyInit:
    def __init__(self, a): self.a = a
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, a): return super().__new__(cls, a)
class InitPassesArgs:
    def __init__(self, a): super().__init__(a)
class Neither: pass
class NewForwards:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        self.args = args
class InitOnlyForwarded:
    def __init__(self, a):
        self.a = a
    @classmethod
    def make(cls):
        return super().__new__(cls, 1, 2)
tests = [
    lambda: OnlyInit(1).a, lambda: OnlyNew(1).__class__.__name__,
    lambda: NewPassesArgs(1), lambda: InitPassesArgs(1), lambda: Neither(1), lambda: Neither(k=1),
    lambda: NewForwards(1).args, lambda: InitOnlyForwarded.make().__class__.__name__,
]
for t in tests:
    try:
        # expect: 1
        # expect: OnlyNew
        print(t())
    except TypeError as e:
        # expect: TypeError: object.__new__() takes exactly one argument (the type to instantiate)
        # expect: TypeError: object.__init__() takes exactly one argument (the instance to initialize)
        # expect: TypeError: Neither() takes no arguments
        # expect: TypeError: Neither() takes no arguments
        # expect: TypeError: object.__new__() takes exactly one argument (the type to instantiate)
        # expect: InitOnlyForwarded
        print("TypeError:", e)
