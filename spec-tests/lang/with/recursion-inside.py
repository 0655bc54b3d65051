# A recursive function entering a with at each level.
depth = []
class Level:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        depth.append(self.n)
    def __exit__(self, *a):
        depth.pop()
def down(n):
    with Level(n):
        if n == 0:
            return len(depth)
        return down(n - 1)
print(down(50), depth)

# expect: 51 []
