class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass
    def make(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer.Inner.__name__)   # expect: Outer.Inner Inner
print(Outer.Inner.Deepest.__qualname__)   # expect: Outer.Inner.Deepest
print(Outer.Inner.Deepest.method.__qualname__)   # expect: Outer.Inner.Deepest.method
print(Outer().make().__qualname__)   # expect: Outer.make.<locals>.Local
print(Outer.Inner)   # expect: <class '__main__.Outer.Inner'>
print(repr(Outer.Inner.Deepest()).split(" object")[0])   # expect: <__main__.Outer.Inner.Deepest

def factory():
    class Made:
        def m(self):
            pass
    return Made

print(factory().__qualname__, factory().m.__qualname__)   # expect: factory.<locals>.Made factory.<locals>.Made.m
