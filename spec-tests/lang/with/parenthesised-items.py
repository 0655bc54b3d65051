# The parenthesised form (3.9+), with a trailing comma, over lines.
class M:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *a):
        print("exit", self.name)
with (
    M("x") as x,
    M("y") as y,
):
    print(x, y)
with (M("z")):
    pass
with (M("p"), M("q")):
    pass

# expect: enter x
# expect: enter y
# expect: X Y
# expect: exit y
# expect: exit x
# expect: enter z
# expect: exit z
# expect: enter p
# expect: enter q
# expect: exit q
# expect: exit p
