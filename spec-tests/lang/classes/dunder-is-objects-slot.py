# A class that defines __eq__ can keep identity hashing by naming
# object.__hash__; a slot wrapper runs its own type's slot, not the
# instance's (which would call the class's dispatcher again).
class A:
    def __eq__(self, other):
        return self is other
    __hash__ = object.__hash__
a = A()
print(hash(a) == object.__hash__(a), {a: 1}[a], len({a, a}))  # expect: True 1 1
class B:
    __repr__ = object.__repr__
    __str__ = object.__str__
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __init__ = object.__init__
    __setattr__ = object.__setattr__
    __getattribute__ = object.__getattribute__
b = B()
b.x = 1
print(repr(b)[:11], str(b)[:11], b == b, b != b, b.x)  # expect: <__main__.B <__main__.B True False 1
class I(int):
    __hash__ = int.__hash__
    def __eq__(self, other):
        return int(self) == other
print(hash(I(5)), {I(5): 'five'}[5])  # expect: 5 five
class T(tuple):
    __hash__ = tuple.__hash__
    def __eq__(self, other):
        return tuple(self) == other
print(hash(T((1, 2))) == hash((1, 2)))  # expect: True
class S(str):
    __hash__ = str.__hash__
    __eq__ = str.__eq__
print({S('k'): 1}['k'])  # expect: 1
