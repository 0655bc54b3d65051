o = object()
print(o.__class__ is object, o == o, o == object(), o != object(), hash(o) == hash(o))   # expect: True True False True True
try:
    o.x = 1
except AttributeError as e:
    print(e)   # expect: 'object' object has no attribute 'x'
try:
    o.x
except AttributeError as e:
    print(e)   # expect: 'object' object has no attribute 'x'
class A:
    pass
a = A()
print(type(a).__base__ is object, A.__bases__, isinstance(a, object), issubclass(A, object))   # expect: True (<class 'object'>,) True True
print(repr(o).startswith("<object object at 0x"), str(o) == repr(o))   # expect: True True
try:
    object.x = 1
except TypeError as e:
    print(e)   # expect: cannot set 'x' attribute of immutable type 'object'
try:
    int.x = 1
except TypeError as e:
    print(e)   # expect: cannot set 'x' attribute of immutable type 'int'
try:
    del int.real
except TypeError as e:
    print(e)   # expect: cannot set 'real' attribute of immutable type 'int'
