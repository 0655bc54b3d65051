s = {1}
for other in [frozenset({2}), [3], {4: 5}.keys()]:
    try:
        s |= other
        print('ok', sorted(s))
    except TypeError as e:
        print(e)
s &= {1, 2}; s -= frozenset({2}); s ^= {7}; print(sorted(s))
class SS(set): pass
s |= SS({9}); print(sorted(s))
fs = frozenset({1}); fs |= {2}; print(type(fs).__name__, sorted(fs))

# expect: ok [1, 2]
# expect: unsupported operand type(s) for |=: 'set' and 'list'
# expect: ok [1, 2, 4]
# expect: [1, 7]
# expect: [1, 7, 9]
# expect: frozenset [1, 2]
