s = set([0xffffffffffffffff, 2**98 - 1])
print(s - {}.keys())
print(s | {}.keys())
print(s ^ {}.keys())
t = set('straße')
print(t - {}.keys())
print(t | {}.keys(), t ^ {}.items())
print(frozenset(t) - {}.keys())
print([2**98 - 1, 0xffffffffffffffff] - {}.keys())
d = dict.fromkeys([2**98 - 1, 0xffffffffffffffff, 3, 4, 5, 6], 0)
print(d.keys() - set(), d.keys() | [], d.items() - set())
print(s - d.keys(), s ^ d.keys(), s | d.keys())
class K(dict): pass
print(K(d).keys() - [])
print({1: [1]}.items() ^ {1: [1]}.items())
for a, b in [({1: [1]}, {1: [2]}), ({1: [1]}, {2: 3}), ({2: 3}, {1: [1]})]:
    try:
        print(a.items() ^ b.items())
    except TypeError as e:
        print(type(e).__name__, e)
print({1: 2, 3: 4}.items() ^ {1: 2, 5: 6}.items())
print({1: 2, 3: 4, 7: 8}.items() ^ {3: 5, 1: 2, 9: 9}.items())
print({1: 2}.items() ^ {1: 2}.keys(), {1: 2}.keys() ^ {(1, 2)})

# expect: {316912650057057350374175801343, 18446744073709551615}
# expect: {316912650057057350374175801343, 18446744073709551615}
# expect: {316912650057057350374175801343, 18446744073709551615}
# expect: {'a', 's', 'r', 'e', 'ß', 't'}
# expect: {'a', 's', 'r', 'e', 'ß', 't'} {'a', 's', 'r', 'e', 'ß', 't'}
# expect: {'a', 's', 'r', 'e', 'ß', 't'}
# expect: {18446744073709551615, 316912650057057350374175801343}
# expect: {3, 4, 5, 6, 18446744073709551615, 316912650057057350374175801343} {3, 4, 5, 6, 18446744073709551615, 316912650057057350374175801343} {(4, 0), (18446744073709551615, 0), (3, 0), (5, 0), (6, 0), (316912650057057350374175801343, 0)}
# expect: set() {3, 4, 5, 6} {3, 4, 5, 6, 18446744073709551615, 316912650057057350374175801343}
# expect: {3, 4, 5, 6, 18446744073709551615, 316912650057057350374175801343}
# expect: set()
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: {(5, 6), (3, 4)}
# expect: {(7, 8), (3, 4), (3, 5), (9, 9)}
# expect: {1, (1, 2)} {1, (1, 2)}
