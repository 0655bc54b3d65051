class Base:
    def __enter__(self):
        return "base enter"
    def __exit__(self, *a):
        print("base exit")
class Derived(Base):
    pass
with Derived() as v:
    print(v)
class WithStatic:
    @staticmethod
    def __enter__():
        return "static"
    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.__name__)
with WithStatic() as s:
    print(s)
class Callable:
    def __call__(self, *a):
        print("callable object called", len(a))
        return "called"
class UsesCallable:
    __enter__ = Callable()
    def __exit__(self, *a):
        return None
with UsesCallable() as c:
    print(c)

# expect: base enter
# expect: base exit
# expect: static
# expect: classmethod exit WithStatic
# expect: callable object called 0
# expect: called
