import functools
@functools.total_ordering
@dataclass(frozen=True)
class A:
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return 2
