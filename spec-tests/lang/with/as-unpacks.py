# `as` accepts any assignment target: tuples, starred, nested.
class Pair:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        print("exit")
with Pair((1, 2)) as (a, b):
    print(a, b)
with Pair([1, 2, 3, 4]) as [first, *rest]:
    print(first, rest)
with Pair((1, (2, 3))) as (p, (q, r)):
    print(p + q + r)

# expect: 1 2
# expect: exit
# expect: 1 [2, 3, 4]
# expect: exit
# expect: 6
# expect: exit
