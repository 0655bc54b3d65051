# Chains of getters and key wrappers nested deeper than the Rust stack
# could recurse are freed without overflowing it.
import operator, functools
g = operator.itemgetter(0)
K = functools.cmp_to_key(lambda a, b: 0)
k = K(0)
for i in range(120000):
    g = operator.itemgetter(g)
    k = K(k)
del g
del k
m = operator.methodcaller("f")
a = operator.attrgetter("x")
for i in range(120000):
    m = operator.methodcaller("f", m, k=m)
del m
print("freed")

# expect: freed
