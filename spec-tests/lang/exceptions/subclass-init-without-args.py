class G(Exception):
    def __init__(self, msg):
        self.msg = msg
        super().__init__()

g = G("q")
print(repr(g), str(g) == "", g.msg, g.args)   # expect: G() True q ()
