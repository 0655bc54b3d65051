class Base:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7

class Child(Base):
    def __eq__(self, other):
        return False

class Keeps(Base):
    pass

print(hash(Base()))   # expect: 7
print(Child.__hash__)   # expect: None
print(hash(Keeps()))   # expect: 7
hash(Child())   # raises: TypeError: unhashable type: 'Child'
