class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns["registered"] = True
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

class Base(metaclass=Registry):
    pass

class Child(Base):
    pass

print(Registry.classes, Child.registered, type(Child) is Registry)   # expect: ['Base', 'Child'] True True
print(isinstance(Child, type), issubclass(Registry, type), Registry.__mro__)   # expect: True True (<class '__main__.Registry'>, <class 'type'>, <class 'object'>)
