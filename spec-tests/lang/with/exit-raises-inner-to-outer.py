# An inner __exit__'s exception is what the outer __exit__ receives.
class M:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        return self
    def __exit__(self, kind, exc, tb):
        print(self.name, "got", repr(exc))
        if self.fail:
            raise ValueError(self.name + " failed")
        return self.name == "outer"
with M("outer"), M("inner", fail=True):
    pass
with M("outer"), M("inner", fail=True):
    raise KeyError("body")
print("end")

# expect: inner got None
# expect: outer got ValueError('inner failed')
# expect: inner got KeyError('body')
# expect: outer got ValueError('inner failed')
# expect: end
