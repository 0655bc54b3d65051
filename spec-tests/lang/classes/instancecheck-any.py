# isinstance and issubclass ask the type of any second argument for its
# hook, not only a metaclass: typing's aliases are instances.
import typing
print(isinstance([], typing.List), isinstance(3, typing.List))
print(issubclass(list, typing.Sequence), issubclass(int, typing.List))
class Checker:
    def __instancecheck__(self, obj):
        return obj == 'yes'
    def __subclasscheck__(self, cls):
        return cls is bool
print(isinstance('yes', Checker()), isinstance('no', Checker()))
print(issubclass(bool, Checker()), issubclass(int, Checker()))
print(isinstance('yes', (int, Checker())), issubclass(bool, (str, Checker())))
for check in (lambda: isinstance(1, typing.List[int]),
              lambda: issubclass(1, typing.List),
              lambda: isinstance(1, object()),
              lambda: issubclass(int, object())):
    try:
        check()
    except TypeError as e:
        print(e)

# expect: True False
# expect: True False
# expect: True False
# expect: True False
# expect: True True
# expect: Subscripted generics cannot be used with class and instance checks
# expect: issubclass() arg 1 must be a class
# expect: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: issubclass() arg 2 must be a class, a tuple of classes, or a union
