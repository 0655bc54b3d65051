class Outer:
    class Inner:
        def m(self): pass
def make():
    class Local: pass
    return Local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, make().__qualname__)   # expect: Outer.Inner Outer.Inner.m make.<locals>.Local
print(Outer.Inner)   # expect: <class '__main__.Outer.Inner'>
