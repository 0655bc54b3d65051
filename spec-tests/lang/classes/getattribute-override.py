class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

l = Logged()
# expect: get x
# expect: 1
print(l.x)
