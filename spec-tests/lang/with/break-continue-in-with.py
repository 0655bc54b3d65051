# break inside a with inside a for loop calls __exit__ once, then leaves
# the loop; continue inside a with inside a while loop calls it, then
# goes round again.
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
i = 0
while i < 4:
    i += 1
    with M(i) as v:
        if v % 2:
            continue
        print("even", v)
print("end")

# expect: body 0
# expect: exit 0 (None, None, None)
# expect: body 1
# expect: exit 1 (None, None, None)
# expect: exit 2 (None, None, None)
# expect: done 2
# expect: exit 1 (None, None, None)
# expect: even 2
# expect: exit 2 (None, None, None)
# expect: exit 3 (None, None, None)
# expect: even 4
# expect: exit 4 (None, None, None)
# expect: end
