class P:
    def __init__(self): self.x, self.y = 1, [10, 20]
    def __getitem__(self, k): return f"item {k!r}"
    def __repr__(self): return "P!"
    def __str__(self): return "p-str"
p = P()
print("{0.x} {0.y[1]} {0[key]} {0[3]}".format(p))   # expect: 1 20 item 'key' item 3
print("{p.x}|{p!r}|{p!s}|{p}".format(p=p))   # expect: 1|P!|p-str|p-str
print("{:>6}".format(str(p)), "%-6s|" % p, "%r" % p)   # expect:  p-str p-str | P!
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print(e)   # expect: 'P' object has no attribute 'missing'
print(f"{p.x + 1} {p.y[0]} {p['k']}")   # expect: 2 10 item 'k'
