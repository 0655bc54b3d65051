class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with (CM("p") as p, CM("q")):
    print("paren", p)
with CM("n1"):
    with CM("n2") as n:
        print("nested", n)
try:
    with CM("err"):
        raise ValueError("bad")
except ValueError as e:
    print("caught", e)

# expect: enter a
# expect: body A
# expect: exit a None
# expect: enter a
# expect: enter b
# expect: body A B
# expect: exit b None
# expect: exit a None
# expect: enter p
# expect: enter q
# expect: paren P
# expect: exit q None
# expect: exit p None
# expect: enter n1
# expect: enter n2
# expect: nested N2
# expect: exit n2 None
# expect: exit n1 None
# expect: enter err
# expect: exit err ValueError
# expect: caught bad
