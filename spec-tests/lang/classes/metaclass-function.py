def make(name, bases, ns):
    print("called with", name, bases)
    return 42

# expect: called with A ()
class A(metaclass=make):
    pass

print(A)   # expect: 42
