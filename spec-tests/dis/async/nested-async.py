import asyncio
async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()
class Client:
    async def __aenter__(self):
        return self
    async def run(self, items):
        total = 0
        async for item in items:
            try:
                total += await item
            except ValueError:
                continue
        return total
