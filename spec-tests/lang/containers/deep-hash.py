# CPython hashes a deeply nested tuple by deep C recursion, and succeeds,
# also as a set member or a dict key.
def nest(n):
    x = ()
    for i in range(n):
        x = (x,)
    return x
t = nest(50000)
u = nest(50000)
print(hash(t) == hash(u), len({t, 1}), {t: 1}[t])    # expect: True 2 1
print(t == t, t in {t}, hash((1, t)) == hash((1, u)))  # expect: True True True
