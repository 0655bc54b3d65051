# A manager with __slots__ and a subclass overriding only __exit__.
class Base:
    __slots__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("base exit", self.name)
class Child(Base):
    __slots__ = ()
    def __exit__(self, *a):
        print("child exit", self.name)
        return super().__exit__(*a)
with Child("c") as c:
    print(type(c).__name__)

# expect: enter c
# expect: Child
# expect: child exit c
# expect: base exit c
