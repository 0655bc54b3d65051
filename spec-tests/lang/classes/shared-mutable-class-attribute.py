class Bag:
    items = []
    def add(self, x):
        self.items += [x]
        return self

a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(Bag.items, a.items is Bag.items, "items" in a.__dict__)   # expect: [1, 2] True True
