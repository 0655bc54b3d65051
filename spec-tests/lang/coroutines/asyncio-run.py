# asyncio runs on lython: it imports types.coroutine (which assigns
# __code__), the event loop's sys hooks, tasks, timeouts, locks, events,
# task groups and async generators closed at shutdown.
import asyncio

print(asyncio.run(asyncio.sleep(0, 'ok')))

async def agen():
    try:
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    finally:
        print('agen cleanup')

async def main():
    async for x in agen():
        print('got', x)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    ev = asyncio.Event()
    async def setter():
        ev.set()
    asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(setter()))
    await ev.wait()
    print('event')
    lock = asyncio.Lock()
    async with lock:
        print('locked', lock.locked())
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, 1))
        t2 = tg.create_task(asyncio.sleep(0, 2))
    print(t1.result(), t2.result())
    q = asyncio.Queue()
    await q.put('item')
    print(await q.get())
    print(await asyncio.gather(asyncio.sleep(0, 'a'), asyncio.sleep(0, 'b')))
    # Left suspended: the loop's shutdown_asyncgens closes it.
    g = agen()
    print(await g.__anext__())
    return 'done'

print(asyncio.run(main()))

# expect: ok
# expect: got 0
# expect: got 1
# expect: got 2
# expect: agen cleanup
# expect: timeout
# expect: event
# expect: locked True
# expect: 1 2
# expect: item
# expect: ['a', 'b']
# expect: 0
# expect: agen cleanup
# expect: done
