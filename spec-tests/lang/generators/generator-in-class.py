class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
print(sum(t))
print(3 in t, 9 in t)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
print(list(Countdown(3)))
print([x * 2 for x in Countdown(2)])
a, b, c = Countdown(3)
print(a, b, c)
print(*Countdown(2))
print(sorted(Countdown(4)))

# expect: [1, 2, 3, 4]
# expect: 10
# expect: True False
# expect: [3, 2, 1]
# expect: [4, 2]
# expect: 3 2 1
# expect: 2 1
# expect: [1, 2, 3, 4]
