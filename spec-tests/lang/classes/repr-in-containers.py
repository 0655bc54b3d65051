class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"P{self.n}"
    def __str__(self):
        return f"point {self.n}"

print([P(1), P(2)])   # expect: [P1, P2]
print((P(1),), {P(1): P(2)}, {"k": [P(3)]})   # expect: (P1,) {P1: P2} {'k': [P3]}
print(str(P(4)), "%s %r" % (P(5), P(6)))   # expect: point 4 point 5 P6
print("{} {!r}".format(P(7), P(8)))   # expect: point 7 P8
