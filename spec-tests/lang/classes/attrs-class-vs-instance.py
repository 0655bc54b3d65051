class Counter:
    count = 0
    tags = []
    def __init__(self):
        Counter.count += 1
        self.tags.append(Counter.count)

a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)   # expect: 2 2 2
a.count = 100
print(Counter.count, a.count, b.count)   # expect: 2 100 2
print(a.tags is b.tags is Counter.tags, Counter.tags)   # expect: True [1, 2]
del a.count
print(a.count)   # expect: 2
