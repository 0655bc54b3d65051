class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting

class Loud(Base):
    greeting = "HELLO"

b, l = Base(), Loud()
print(b.greet(), l.greet())   # expect: hello HELLO
l.greeting = "instance"
print(l.greet(), Loud.greeting, Base.greeting)   # expect: instance HELLO hello
