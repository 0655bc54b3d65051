# A generator-free stand-in for contextlib.contextmanager: callbacks for
# setup and teardown, with teardown always running.
class managed:
    def __init__(self, setup, teardown):
        self.setup = setup
        self.teardown = teardown
    def __enter__(self):
        self.resource = self.setup()
        return self.resource
    def __exit__(self, kind, exc, tb):
        self.teardown(self.resource, exc)
        return False
opened = []
def open_res():
    opened.append("res")
    return "res"
def close_res(res, exc):
    opened.remove(res)
    print("closed", res, "after", repr(exc))
with managed(open_res, close_res) as r:
    print("using", r, opened)
try:
    with managed(open_res, close_res) as r:
        raise OSError(5, "io")
except OSError as e:
    print(e.errno, opened)

# expect: using res ['res']
# expect: closed res after None
# expect: closed res after OSError(5, 'io')
# expect: 5 []
