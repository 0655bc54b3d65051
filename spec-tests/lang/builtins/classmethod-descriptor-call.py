# Calling a class-method descriptor taken from a built-in type's
# namespace: the class comes first, and is checked (classmethoddescr_call).
f = dict.__dict__['fromkeys']
print(f(dict, [1, 2]))  # expect: {1: None, 2: None}
class D(dict):
    pass
print(type(f(D, 'ab')).__name__, f(D, 'ab'))  # expect: D {'a': None, 'b': None}
try:
    f()
except TypeError as e:
    print(e)  # expect: descriptor 'fromkeys' of 'dict' object needs an argument
try:
    f(int, [1])
except TypeError as e:
    print(e)  # expect: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'
try:
    f(3, [1])
except TypeError as e:
    print(e)  # expect: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2
xs = []
list.append(xs, 1)
print(xs)  # expect: [1]
try:
    list.append(xs, x=1)
except TypeError as e:
    print(e)  # expect: list.append() takes no keyword arguments
try:
    dict.fromkeys([1], x=1)
except TypeError as e:
    print(e)  # expect: dict.fromkeys() takes no keyword arguments
try:
    int.mro(x=1)
except TypeError as e:
    print(e)  # expect: int.mro() takes no keyword arguments
