# A set that changes size while it is iterated over.
s = {1, 2, 3}
it = iter(s)
print(next(it))  # expect: 1
s.add(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)  # expect: Set changed size during iteration
        # expect: Set changed size during iteration
s.discard(4)
try:
    next(it)
except RuntimeError as e:
    print('still:', e)  # expect: still: Set changed size during iteration
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e, len(s))  # expect: Set changed size during iteration 2
