class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"

class Crate(Box):
    pass

print(Box[int], Box["x"], Crate[str])   # expect: Box[int] Box[x] Crate[str]
print(type(Box.__dict__["__class_getitem__"]).__name__)   # expect: classmethod
class Plain:
    pass

try:
    Plain[int]
except TypeError as e:
    print(e)   # expect: type 'Plain' is not subscriptable
Box()[0]   # raises: TypeError: 'Box' object is not subscriptable
