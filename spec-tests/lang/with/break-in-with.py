# break inside a with inside a loop calls __exit__ once, then leaves the loop.
class M:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self.i
    def __exit__(self, *a):
        print("exit", self.i, a)
for i in range(5):
    with M(i) as v:
        if v == 2:
            break
        print("body", v)
else:
    print("no break")
print("done", i)

# expect: body 0
# expect: exit 0 (None, None, None)
# expect: body 1
# expect: exit 1 (None, None, None)
# expect: exit 2 (None, None, None)
# expect: done 2
