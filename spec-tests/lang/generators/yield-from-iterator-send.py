class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def send(self, v):
        print("send", v)
        return v * 2
    def throw(self, *args):
        print("throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__)
        raise StopIteration("thrown value")
    def close(self):
        print("close called")

def outer():
    r = yield from Echo()
    print("result", r)
    yield "end"

g = outer()
print(next(g))
print(g.send(21))
print(next(g))
print(g.throw(ValueError))
g = outer(); next(g); g.close()
def plain():
    r = yield from iter([1])
    print("plain result", r)
print(list(plain()))

# expect: 1
# expect: send 21
# expect: 42
# expect: 2
# expect: throw ValueError
# expect: result thrown value
# expect: end
# expect: close called
# expect: plain result None
# expect: [1]
