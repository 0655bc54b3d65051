# A pipeline of generator expressions, and a recursive `yield from` walk
# over a binary tree: the two ways Python programs use generators most.

def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), depth, build(depth - 1))

def walk(node):
    if node is None:
        return
    left, value, right = node
    yield from walk(left)
    yield value
    yield from walk(right)

tree = build(15)
total = 0
for _ in range(4):
    total += sum(walk(tree))

numbers = range(1000000)
squares = (n * n for n in numbers)
odd = (s for s in squares if s % 2)
scaled = (s // 3 for s in odd)
print(total, sum(scaled))
