class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Duck(metaclass=Meta):
    pass

class Robot:
    quack = True

print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck))   # expect: True False True
