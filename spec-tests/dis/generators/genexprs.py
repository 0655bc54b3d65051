a = (x for x in range(3))
b = (x * y for x in range(3) if x for y in range(x) if y > 1)
c = sum(i for i in [1, 2])
d = list((k, v) for k, v in {}.items())
def f(n):
    return (n + i for i in range(n))
