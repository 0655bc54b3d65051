class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name

callbacks = [Greeter("a").greet, Greeter("b").greet]
print([cb() for cb in callbacks])   # expect: ['hi a', 'hi b']
g = Greeter("c")
g.greet_later = g.greet
g.name = "changed"
print(g.greet_later())   # expect: hi changed
