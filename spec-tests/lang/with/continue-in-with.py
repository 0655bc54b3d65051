# continue inside a with inside a while loop.
class M:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, *a):
        print("exit", self.i)
i = 0
while i < 4:
    i += 1
    with M(i) as v:
        if v % 2:
            continue
        print("even", v)
print("end")

# expect: exit 1
# expect: even 2
# expect: exit 2
# expect: exit 3
# expect: even 4
# expect: exit 4
# expect: end
