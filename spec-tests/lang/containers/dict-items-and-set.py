for s in [{(1, 'a')}, {(1, 'a'), (2, 2)}]:
    try:
        print({1: [2]}.items() & s)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(s & {1: [2]}.items())
    except TypeError as e:
        print(type(e).__name__, e)
print({1: [2], 2: [3]}.items() & {(1, 'a')})
print({1: [2], 2: [3]}.items() & {(1, (2,))})
print({1: 2, 3: 4}.keys() & [3, 5, 1])
print([3, 5, 1] & {1: 2, 3: 4}.keys())
print({1: 2, 3: 4}.keys() & {1: 0}.keys(), {1: 0}.keys() & {1: 2, 3: 4}.keys())
print({1: 2}.items() & {1: 2, 3: 4}.items())
class S(set): pass
try:
    print({1: [2]}.items() & S({(1, 'a')}))
except TypeError as e:
    print(type(e).__name__, e)
s = set([0xffffffffffffffff, 2**98 - 1, 5])
d = dict.fromkeys([2**98 - 1, 0xffffffffffffffff, 5, 7])
print(d.keys() & s, s & d.keys())
try:
    {1: 2}.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1: 2}.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)

# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: set()
# expect: set()
# expect: {1, 3}
# expect: {1, 3}
# expect: {1} {1}
# expect: {(1, 2)}
# expect: set()
# expect: {18446744073709551615, 5, 316912650057057350374175801343} {18446744073709551615, 5, 316912650057057350374175801343}
# expect: TypeError 'int' object is not iterable
# expect: TypeError unsupported operand type(s) for &: 'dict_values' and 'set'
