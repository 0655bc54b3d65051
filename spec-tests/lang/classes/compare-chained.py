class N:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n

# expect: 1 < 2
# expect: 2 < 3
# expect: True
print(N(1) < N(2) < N(3))
# expect: 3 < 1
# expect: False
print(N(3) < N(1) < N(2))
