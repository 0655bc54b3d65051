class M(map):
    def __init__(self, *args, newarg=None):
        self.newarg = newarg
m = M(str, [1, 2], newarg=3)
print(list(m), m.newarg, type(m).__name__)
class F(filter):
    def __init__(self, *args, flag=False): self.flag = flag
print(list(F(None, [0, 1, 2], flag=True)))
class Plain(map): pass
try: Plain(str, [1], newarg=3)
except TypeError as e: print(e)
class R(reversed):
    def __init__(self, seq, how=None): self.how = how
r = R((1, 2), how='x'); print(list(r), r.how)

# expect: ['1', '2'] 3 M
# expect: [1, 2]
# expect: map() takes no keyword arguments
# expect: [2, 1] x
