class Base:
    def __init__(self):
        self.__x = "base"
    def base_x(self):
        return self.__x

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__x = "child"
    def child_x(self):
        return self.__x

c = Child()
print(c.base_x(), c.child_x())   # expect: base child
print(sorted(c.__dict__))   # expect: ['_Base__x', '_Child__x']
