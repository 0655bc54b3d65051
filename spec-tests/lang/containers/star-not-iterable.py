# [*x] and (*x,) say which star failed; {*x} keeps iteration's message.
for make in (lambda: [*1], lambda: (*1,), lambda: [0, *None, 2], lambda: {*1}):
    try:
        make()
    except TypeError as e:
        print(e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print([*Seq()], (*Seq(),))

# expect: Value after * must be an iterable, not int
# expect: Value after * must be an iterable, not int
# expect: Value after * must be an iterable, not NoneType
# expect: 'int' object is not iterable
# expect: [0, 1, 2] (0, 1, 2)
