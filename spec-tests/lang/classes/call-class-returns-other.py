class Factory:
    def __call__(self):
        return Factory

f = Factory()
print(f() is Factory)   # expect: True
print(f()()() is Factory)   # expect: True
