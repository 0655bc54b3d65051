class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"__annotations__": {"preset": str}}
class K(metaclass=Meta):
    x: int
print(K.__annotations__)
class NoAnn:
    pass
print("__annotations__" in NoAnn.__dict__)
class Conditional:
    if False:
        never: int
print(Conditional.__annotations__)
def f(a: int): pass
print(f.__annotations__ is f.__annotations__)
class Inherit(K):
    y: float
print(Inherit.__annotations__)

# expect: prepare K
# expect: {'preset': <class 'str'>, 'x': <class 'int'>}
# expect: False
# expect: {}
# expect: True
# expect: prepare Inherit
# expect: {'preset': <class 'str'>, 'y': <class 'float'>}
