class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, type(cls).__name__)

print(type(Base.__dict__["__init_subclass__"]).__name__)   # expect: classmethod

# expect: init_subclass A type
class A(Base):
    pass

# expect: init_subclass B type
class B(A):
    def __init_subclass__(cls):
        print("B's hook for", cls.__name__)

# expect: B's hook for C
class C(B):
    pass
