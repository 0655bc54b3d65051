class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

# expect: set_name A first
# expect: set_name A second
# expect: set_name A third
class A:
    first = Named()
    second = Named()
    def method(self):
        pass
    third = Named()

print(A.first.name, A.third.name)   # expect: first third
A.late = Named()
print(hasattr(A.late, "name"))   # expect: False
