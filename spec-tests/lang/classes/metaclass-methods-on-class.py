class Meta(type):
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __len__(cls):
        return 3

class A(metaclass=Meta):
    pass

print(A.describe(), A.upper_name, repr(A), len(A))   # expect: class A A <Meta A> 3
print(hasattr(A(), "describe"))   # expect: False
