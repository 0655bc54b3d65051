# islice's argument errors: which message a bad start, stop or step gets.
import itertools
for a in [(2**70,), (-1,), (-4,), ('x',), (-1, 3), (1, -1), (1, -4), (1, 'x'), ('x', 2),
          (2**70, 3), (1, 2**70), (1, 2, 0), (-3, 2, 0), (1, 2, -1), (1, 2, 2**70),
          (1, None, 'x'), (None, None), (None, 3, None), (2, -3, 0), (-1, -1), (1, 5, 2)]:
    try:
        print(a, list(itertools.islice(range(6), *a)))
    except ValueError as e:
        print(a, e)

# expect: (1180591620717411303424,) Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (-1,) Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (-4,) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ('x',) Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (-1, 3) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, -1) Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, -4) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, 'x') Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: ('x', 2) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1180591620717411303424, 3) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, 1180591620717411303424) Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, 2, 0) Step for islice() must be a positive integer or None.
# expect: (-3, 2, 0) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, 2, -1) Step for islice() must be a positive integer or None.
# expect: (1, 2, 1180591620717411303424) Step for islice() must be a positive integer or None.
# expect: (1, None, 'x') Step for islice() must be a positive integer or None.
# expect: (None, None) [0, 1, 2, 3, 4, 5]
# expect: (None, 3, None) [0, 1, 2]
# expect: (2, -3, 0) Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (-1, -1) Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# expect: (1, 5, 2) [1, 3]
