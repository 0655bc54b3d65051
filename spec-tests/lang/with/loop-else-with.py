# A with in a loop's else clause, and a break in a with in a nested loop.
class M:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *a):
        print("exit", self.tag)
for i in range(2):
    for j in range(3):
        with M((i, j)):
            if j == 1:
                break
else:
    with M("else"):
        print("in else")

# expect: enter (0, 0)
# expect: exit (0, 0)
# expect: enter (0, 1)
# expect: exit (0, 1)
# expect: enter (1, 0)
# expect: exit (1, 0)
# expect: enter (1, 1)
# expect: exit (1, 1)
# expect: enter else
# expect: in else
# expect: exit else
