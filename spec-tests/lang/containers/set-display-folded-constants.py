# A set display whose items are all constants once folded (a subscript of
# a constant by a constant folds too) is built from one frozenset constant,
# so it iterates in that frozenset's order, not in the order a BUILD_SET of
# pushed items would give. Compare each display with the same items added
# one at a time.
def added(*items):
    s = set()
    for x in items:
        s.add(x)
    return s

print({1, (2**53 + 1), '²', '3.5', 'Z'[0], 1.5})  # expect: {1, 9007199254740993, 1.5, 'Z', '3.5', '²'}
print(added(1, (2**53 + 1), '²', '3.5', 'Z', 1.5))  # expect: {1, 9007199254740993, 1.5, '3.5', 'Z', '²'}
print({1, (2**53 + 1), '²', '3.5', 'Z', 1.5})  # expect: {1, 9007199254740993, 1.5, 'Z', '3.5', '²'}
print({1, 'ab'[1], 1.5, ('q', 'r')[1]})  # expect: {1, 'b', 1.5, 'r'}
print(added(1, 'b', 1.5, 'r'))  # expect: {1, 'r', 'b', 1.5}
print({('q', 'r')[1], 1, 'abc'[-1], -0.0, 1.5, 'Z'[0], 'Q' * 1})  # expect: {-0.0, 1, 1.5, 'c', 'Q', 'r', 'Z'}
print(added('r', 1, 'c', -0.0, 1.5, 'Z', 'Q'))  # expect: {-0.0, 1, 1.5, 'Q', 'r', 'c', 'Z'}
print({1.5, 'AB'[0], 'x_'[1], 'Tr' + 'ue', 2**53 + 1, 'Q' * 1})  # expect: {1.5, 9007199254740993, 'A', 'Q', '_', 'True'}
print({'Z'[0], b'xyz'[1], 'Q' * 1, '0', '²', ('q', 'r')[1]})  # expect: {'Q', 'r', 'Z', 121, '²', '0'}
print({(1, 'K'[0]), '0', '3.5', 7, 'na' + 'me'})  # expect: {'name', 7, (1, 'K'), '3.5', '0'}
print({'3.5', 'na' + 'me', 'Hello World', 'abc'[-1], 'é'[0]})  # expect: {'c', 'é', 'name', '3.5', 'Hello World'}
print({1.5, '²', 'Z'[0], ((),)[0], 'Hello World', 2**64, '0'})  # expect: {'0', 1.5, 'Z', 18446744073709551616, (), '²', 'Hello World'}

# The same frozenset serves `in` and a `for` loop.
print('Z' in {'3.5', 'Z'[0], 1.5}, 'Y' in {'3.5', 'Z'[0], 1.5})  # expect: True False
print([x for x in {1, (2**53 + 1), '²', '3.5', 'Z'[0], 1.5}])  # expect: [1, 9007199254740993, 1.5, '3.5', 'Z', '²']

# What a subscript folds to, and what it leaves for run time.
print((1, 2, 3)[-1], b'xyz'[1], 'abc'[True], (..., 1)[0])  # expect: 3 121 b Ellipsis
try:
    s = {'abc'[5], 1, 2}
except IndexError as e:
    print('IndexError:', e)  # expect: IndexError: string index out of range
