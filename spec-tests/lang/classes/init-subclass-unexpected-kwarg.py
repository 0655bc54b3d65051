class Base:
    pass

class Child(Base, colour="red"):   # raises: TypeError: Child.__init_subclass__() takes no keyword arguments
    pass
