class A:
    k = 3
    f = lambda self, k=k: k
    def g(self, k=k, *, j=k):
        return k + j
