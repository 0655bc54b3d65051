# The normal path out of a `try ... finally` jumps to an empty block that
# marks the statement's end; past it is the implicit `return None`, which
# replaces the jump.
def close(self):
    if not self.closed:
        try:
            self.skip()
        finally:
            self.closed = True


def run(self, cmd):
    if cmd:
        try:
            self.spawn(cmd)
        except OSError as msg:
            raise RuntimeError(msg)
        finally:
            self.done = True
