class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))   # expect: [3, 2, 1]
c = Countdown(2)
print(next(c), next(c), next(c, "done"))   # expect: 2 1 done
for x in Countdown(2):
    # expect: for 2
    # expect: for 1
    print("for", x)
print(sum(Countdown(4)), sorted(Countdown(3)), tuple(Countdown(1)))   # expect: 10 [1, 2, 3] (1,)
a, b = Countdown(2)
print(a, b)   # expect: 2 1
