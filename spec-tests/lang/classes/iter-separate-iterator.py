class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIter(self.cards)

class DeckIter:
    def __init__(self, cards):
        self.cards, self.i = cards, 0
    def __next__(self):
        if self.i == len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]
    def __iter__(self):
        return self

d = Deck("abc")
print([c for c in d], [c for c in d])   # expect: ['a', 'b', 'c'] ['a', 'b', 'c']
it = iter(d)
print(type(it).__name__, iter(it) is it)   # expect: DeckIter True
print(list(zip(d, d)))   # expect: [('a', 'a'), ('b', 'b'), ('c', 'c')]
