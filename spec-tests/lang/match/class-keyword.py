class P:
    def __init__(self, x, y): self.x, self.y = x, y
for p in [P(0, 0), P(0, 5), P(1, 1)]:
    match p:
        case P(x=0, y=0): print("origin")
        case P(x=0, y=y): print("on y axis", y)
        case P(): print("elsewhere")
# expect: origin
# expect: on y axis 5
# expect: elsewhere
