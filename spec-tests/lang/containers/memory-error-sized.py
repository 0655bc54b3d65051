# Containers sized from an iterable's length reserve the room first: a size no
# machine has is a MemoryError, not an abort; one past Py_ssize_t an OverflowError.
def attempt(f):
    try:
        f()
        print('ok')
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e.args)
attempt(lambda: list(range(2**62)))               # expect: MemoryError ()
attempt(lambda: tuple(range(0, 2**63 - 1, 2)))    # expect: MemoryError ()
attempt(lambda: sorted(range(2**61)))             # expect: MemoryError ()
attempt(lambda: [*range(2**62)])                  # expect: MemoryError ()
attempt(lambda: [0, 1] * 2**61)                   # expect: MemoryError ()
attempt(lambda: list(range(-2**63, 2**63 - 1)))   # expect: OverflowError ('Python int too large to convert to C ssize_t',)
xs = [1]
xs.extend(range(3))
xs += (4,)
print(xs, (1,) + (2,), [1] + [2])                  # expect: [1, 0, 1, 2, 4] (1, 2) [1, 2]
xs.extend(range(2**62))                           # raises: MemoryError
