class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args)   # expect: NotFound x not found x ('x not found',)
print(NotFound.__mro__[1:3])                      # expect: (<class '__main__.AppError'>, <class 'Exception'>)
raise NotFound("y")   # raises: NotFound: y not found
