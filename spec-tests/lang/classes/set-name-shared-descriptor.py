class Named:
    def __set_name__(self, owner, name):
        print("named", owner.__name__, name)
        self.names = getattr(self, "names", []) + [name]

shared = Named()

# expect: named A first
# expect: named A second
class A:
    first = shared
    second = shared

print(shared.names)   # expect: ['first', 'second']
