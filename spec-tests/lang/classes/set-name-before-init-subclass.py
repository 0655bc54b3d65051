class Field:
    def __set_name__(self, owner, name):
        print("set_name", name, "on", owner.__name__)
        owner.fields = getattr(owner, "fields", ()) + (name,)

class Model:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, cls.fields)
        super().__init_subclass__(**kw)

# expect: set_name name on User
# expect: set_name email on User
# expect: init_subclass User ('name', 'email')
class User(Model):
    name = Field()
    email = Field()

# expect: set_name level on Admin
# expect: init_subclass Admin ('name', 'email', 'level')
class Admin(User):
    level = Field()

print(User.fields, Admin.fields)   # expect: ('name', 'email') ('name', 'email', 'level')
