# A finally block may await while the generator closes: what it awaits
# yields through the aclose() awaitable to the event loop.
class Flush:
    def __await__(self):
        sent = yield "flushing"
        print("flush got", sent)

async def writer():
    try:
        yield "data"
    finally:
        await Flush()
        print("flushed")

g = writer()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("item", e.value)
c = g.aclose()
print(c.send(None))
print(g.ag_running)
try:
    c.send("ok")
except StopIteration:
    print("closed")
print(g.ag_running)

# expect: item data
# expect: flushing
# expect: True
# expect: flush got ok
# expect: flushed
# expect: closed
# expect: False
