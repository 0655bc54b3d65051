class Checked:
    def __init_subclass__(cls):
        missing = [n for n in ("run",) if not hasattr(cls, n)]
        if missing:
            raise TypeError(f"{cls.__name__} must define {missing[0]}")   # raises: TypeError: Bad must define run

class Good(Checked):
    def run(self):
        return "ran"

print(Good().run())   # expect: ran

class Bad(Checked):
    pass
