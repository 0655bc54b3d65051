class Field:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
class Model:
    registry = []
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)   # raises: TypeError: Bad.__init_subclass__() takes no keyword arguments
        Model.registry.append((cls.__name__, table))
class User(Model, table="users"):
    email = Field()
print(User.email.name, Model.registry)   # expect: User.email [('User', 'users')]
class Bad(Model, color="red"): pass
