# Async generators close over variables and run as methods.
def make(step):
    async def counter(start):
        n = start
        while n < start + 3 * step:
            yield n
            n += step
    return counter

class Deck:
    def __init__(self, cards):
        self.cards = cards
    async def __aiter__(self):
        for card in self.cards:
            yield card
    async def drawn(self, *, reverse=False):
        for card in (reversed(self.cards) if reverse else self.cards):
            yield card

async def main():
    counted = [x async for x in make(5)(10)]
    dealt = [c async for c in Deck("abc")]
    drawn = [c async for c in Deck("xyz").drawn(reverse=True)]
    return counted, dealt, drawn

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
print(Deck.drawn.__qualname__, make(1).__qualname__)

# expect: ([10, 15, 20], ['a', 'b', 'c'], ['z', 'y', 'x'])
# expect: Deck.drawn make.<locals>.counter
