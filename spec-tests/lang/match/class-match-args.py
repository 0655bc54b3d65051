class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match P(1, 2):
    case P(a, b): print(a, b)
match P(1, 2):
    case P(1, y=b): print("mixed", b)
# expect: 1 2
# expect: mixed 2
