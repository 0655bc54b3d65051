class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
print(Animal().speak())   # expect: Animal says ...
print(Dog().speak())      # expect: Dog says woof
print(Puppy().speak())    # expect: Puppy says woof!
print(isinstance(Puppy(), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))   # expect: True True False
