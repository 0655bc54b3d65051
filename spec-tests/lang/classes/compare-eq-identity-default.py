class A:
    pass

a, b = A(), A()
print(a == a, a == b, a != b)   # expect: True False True
print(a in [b, a], [a].count(a), [b].index(b))   # expect: True 1 0
print(a is not b)   # expect: True
