class Base:
    def __init__(self):
        self.log = []
    def run(self):
        self.log.append("Base.run")
        self.step()
        return self.log
    def step(self):
        self.log.append("Base.step")
class Mid(Base):
    def step(self):
        self.log.append("Mid.step")
        super().step()
class Leaf(Mid):
    def run(self):
        self.log.append("Leaf.run")
        return super().run()
print(Leaf().run())   # expect: ['Leaf.run', 'Base.run', 'Mid.step', 'Base.step']
class X:
    def who(self): return "X"
class Y(X):
    def who(self): return "Y>" + super().who()
class Z(X):
    def who(self): return "Z>" + super().who()
class W(Y, Z):
    def who(self): return "W>" + super().who()
print(W().who(), Y().who(), super(Y, W()).who(), super(Z, W()).who())   # expect: W>Y>Z>X Y>X Z>X X
print([c.__name__ for c in W.__mro__])   # expect: ['W', 'Y', 'Z', 'X', 'object']
