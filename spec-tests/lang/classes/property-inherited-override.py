class Base:
    @property
    def name(self):
        return "base"

class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name

print(Base().name)   # expect: base
print(Child().name)   # expect: child of base
print(Base.name is Child.name)   # expect: False
