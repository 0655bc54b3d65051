# In a plain function, an asynchronous list comprehension may stand
# inside a generator expression, which then becomes an async generator.
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "wait"
        return self.v

def rows(n):
    return ([await Value(i * j) for j in range(n)] for i in range(n))

async def main():
    return [row async for row in rows(3)]

try:
    c = main()
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
print(type(rows(1)).__name__)

# expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
# expect: async_generator
