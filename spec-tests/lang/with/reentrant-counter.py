# The same manager entered several times, nested: a depth counter.
class Depth:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
d = Depth()
with d as a:
    with d as b:
        with d as c, d as e:
            print(a, b, c, e, d.depth)
    print(d.depth)
print(d.depth)

# expect: 1 2 3 4 4
# expect: 1
# expect: 0
