def to_instance(cls):
    return cls()

@to_instance
class singleton:
    def hello(self):
        return "hello from " + type(self).__name__

print(singleton.hello())   # expect: hello from singleton
print(type(singleton).__name__)   # expect: singleton
