class Base:
    size = 1

class Child(Base):
    @property
    def size(self):
        return 99

print(Base().size, Child().size)   # expect: 1 99
c = Child()
c.size = 5   # raises: AttributeError: property 'size' of 'Child' object has no setter
