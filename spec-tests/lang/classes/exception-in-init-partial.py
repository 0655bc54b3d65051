class Conn:
    def __init__(self, ok):
        self.opened = True
        if not ok:
            raise ValueError("cannot connect")   # raises: ValueError: cannot connect
        self.ready = True

c = Conn(True)
print(c.opened, c.ready)   # expect: True True
Conn(False)
