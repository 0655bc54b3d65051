class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called", self.v, o)
        return self.v == o
class K:
    X = E(3)
match 3:
    case K.X: print("matched")
# expect: eq called 3 3
# expect: matched
