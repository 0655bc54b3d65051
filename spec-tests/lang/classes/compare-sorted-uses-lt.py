class Item:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"Item({self.k})"

items = [Item(3), Item(1), Item(2)]
print(sorted(items))   # expect: [Item(1), Item(2), Item(3)]
print(max(items), min(items))   # expect: Item(3) Item(1)
print(sorted(items, reverse=True))   # expect: [Item(3), Item(2), Item(1)]
