def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    out = []
    async for x in ARange(4):
        if x == 1:
            continue
        if x == 3:
            break
        out.append(x)
    else:
        out.append("no else after break")
    async for y in ARange(2):
        out.append(y * 10)
    else:
        out.append("else")
    return out
print(run(main()))
async def not_iterable():
    async for x in [1, 2]:
        pass
try:
    run(not_iterable())
except TypeError as e:
    print(e)
class NoAnext:
    def __aiter__(self):
        return 1
async def bad_aiter():
    async for x in NoAnext():
        pass
try:
    run(bad_aiter())
except TypeError as e:
    print(e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(e, "|", e.__cause__)
class Raises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")
async def raises():
    async for x in Raises():
        pass
try:
    run(raises())
except ValueError as e:
    print("ValueError", e)

# expect: [0, 2, 0, 10, 'else']
# expect: 'async for' requires an object with __aiter__ method, got list
# expect: 'async for' received an object from __aiter__ that does not implement __anext__: int
# expect: 'async for' received an invalid object from __anext__: int | object int can't be used in 'await' expression
# expect: ValueError from anext
