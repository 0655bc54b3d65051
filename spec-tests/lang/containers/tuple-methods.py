# tuple.count and tuple.index, and index's start/stop on lists and tuples.
t = (1, 2, 3, 2, 1.0)
print(t.count(1), t.count(2), t.count('x'), (1, 2).count(1))    # expect: 2 2 0 1
print(t.index(2), t.index(2, 2), t.index(2, -3), t.index(1, 1))  # expect: 1 3 3 4
print(t.index(2, -2**70), t.index(3, 0, 2**70), t.index(2, 1, 2)) # expect: 1 2 1
l = list(t)
print(l.index(2, 2), l.index(2, -2), l.index(2, True))          # expect: 3 3 1
for args in ((2, 0, 1), (2, 2**70), (2, 4, 2), ('A',)):
    try:
        t.index(*args)
    except ValueError as e:
        print(e)
# expect: tuple.index(x): x not in tuple
# expect: tuple.index(x): x not in tuple
# expect: tuple.index(x): x not in tuple
# expect: tuple.index(x): x not in tuple
for args in ((2, 0, 1), ('A',)):
    try:
        l.index(*args)
    except ValueError as e:
        print(e)
# expect: 2 is not in list
# expect: 'A' is not in list
for call in (lambda: t.count(), lambda: t.count(1, 2), lambda: t.index(), lambda: l.index(),
             lambda: t.index(1, 2, 3, 4), lambda: t.index(1, 1.0), lambda: l.index(1, 0, 'a'),
             lambda: t.index(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
# expect: tuple.count() takes exactly one argument (0 given)
# expect: tuple.count() takes exactly one argument (2 given)
# expect: index expected at least 1 argument, got 0
# expect: index expected at least 1 argument, got 0
# expect: index expected at most 3 arguments, got 4
# expect: slice indices must be integers or have an __index__ method
# expect: slice indices must be integers or have an __index__ method
# expect: tuple.index() takes no keyword arguments
(85,).index('A')      # raises: ValueError: tuple.index(x): x not in tuple
