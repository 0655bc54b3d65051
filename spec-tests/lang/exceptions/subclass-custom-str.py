class Detailed(Exception):
    def __init__(self, field):
        super().__init__(field)
        self.field = field
    def __str__(self):
        return f"field {self.field!r} is invalid"

print(Detailed("age"))   # expect: field 'age' is invalid
print(repr(Detailed("age")))   # expect: Detailed('age')
raise Detailed("name")   # raises: Detailed: field 'name' is invalid
