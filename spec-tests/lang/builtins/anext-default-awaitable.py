async def agen_like():
    pass
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    c = Counter(2)
    out = []
    for _ in range(4):
        out.append(await anext(c, 'done'))
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
a = anext(Counter(0), 7)
print(type(a).__name__)
it = a.__await__()
print(it is a)
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
try:
    anext(1, 2)
except TypeError as e:
    print(e)
b = anext(Counter(1), 0)
try:
    b.throw(ValueError('x'))
except ValueError as e:
    print('thrown', e)
print(b.close())

# expect: [1, 2, 'done', 'done']
# expect: anext_awaitable
# expect: True
# expect: stop 7
# expect: 'int' object is not an async iterator
# expect: thrown x
# expect: None
