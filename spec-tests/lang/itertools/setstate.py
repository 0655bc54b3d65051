# __setstate__ of the itertools tools: what it restores, and its errors.
import itertools as it

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def take(n, x):
    return list(it.islice(x, n))

c = it.cycle('defg'); c.__setstate__((list('abc'), 0)); print(''.join(take(20, c)))
c = it.cycle('defg'); c.__setstate__((list('abcdefg'), 1)); print(''.join(take(20, c)))
t(lambda: it.cycle('a').__setstate__([[], 0]))
t(lambda: it.cycle('a').__setstate__(('x', 0)))
t(lambda: it.cycle('a').__setstate__(([], 'x')))
t(lambda: it.cycle('a').__setstate__(([],)))
t(lambda: it.cycle('a').__setstate__(([], 0, 1)))
t(lambda: it.cycle('a').__setstate__(([], 2**40)))
t(lambda: it.cycle('a').__setstate__())
ch = it.chain(); ch.__setstate__((iter('ab'), iter('xy'))); print(list(ch))
t(lambda: it.chain().__setstate__(1))
t(lambda: it.chain().__setstate__(()))
t(lambda: it.chain().__setstate__((1,)))
t(lambda: it.chain().__setstate__((iter([]), 1)))
t(lambda: it.chain().__setstate__((iter([]), iter([]), 3)))
i = it.islice('abcdef', 2, None); i.__setstate__(1); print(list(i))
i = it.islice('abcdef', 2, None); i.__setstate__(-1); print(list(i))
t(lambda: it.islice([], 1).__setstate__('x'))
t(lambda: it.islice([], 1).__setstate__(2**70))
p = it.product('ab', 'cd'); p.__setstate__((1, 0)); print(list(p))
p = it.product('ab', 'cd'); p.__setstate__((9, -9)); print(list(p))
p = it.product('ab', ''); p.__setstate__((0, 0)); print(list(p))
t(lambda: it.product('ab').__setstate__((5, 1)))
t(lambda: it.product('ab').__setstate__([5]))
t(lambda: it.product('ab').__setstate__(('x',)))
p = it.permutations('abc'); p.__setstate__(((2, 0, 1), (1, 1, 1))); print(list(p))
p = it.permutations('abc', 2); p.__setstate__(((0, 1, 2), (9, -9))); print(list(p))
t(lambda: it.permutations('ab').__setstate__(1))
t(lambda: it.permutations('ab').__setstate__(((0, 1),)))
t(lambda: it.permutations('ab').__setstate__(([0, 1], (1, 1))))
t(lambda: it.permutations('ab').__setstate__(((0, 1), [1, 1])))
t(lambda: it.permutations('ab').__setstate__(((0, 1), (1,))))
p = it.combinations('abcd', 2); p.__setstate__((1, 9)); print(list(p))
p = it.combinations_with_replacement('abc', 2); p.__setstate__((-1, 9)); print(list(p))
t(lambda: it.combinations('ab', 1).__setstate__((0, 1)))
g = it.groupby('aabbc'); g.__setstate__(('a', 'a', 'a')); print([(k, list(v)) for k, v in g])
t(lambda: it.groupby('ab').__setstate__(1))
t(lambda: it.groupby('ab').__setstate__((1, 2)))
d = it.dropwhile(lambda x: x < 3, [1, 5, 1]); d.__setstate__([1]); print(list(d))
w = it.takewhile(bool, [1, 2]); w.__setstate__(1); print(list(w))
a = it.accumulate([1, 2, 3]); a.__setstate__(10); print(list(a))
z = it.zip_longest('a', 'bcd'); z.__setstate__('*'); print(list(z))
for tool in [it.count(), it.compress('a', [1]), it.repeat(1), it.starmap(pow, []), it.filterfalse(None, []), it.pairwise('a')]:
    print(type(tool).__name__, hasattr(tool, '__setstate__'), '__reduce__' in type(tool).__dict__)

# expect: defgabcdefgabcdefgab
# expect: defgabcdefgabcdefgab
# expect: TypeError state is not a tuple
# expect: TypeError argument 1 must be list, not str
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError function takes exactly 2 arguments (1 given)
# expect: TypeError function takes exactly 2 arguments (3 given)
# expect: OverflowError signed integer is greater than maximum
# expect: TypeError cycle.__setstate__() takes exactly one argument (0 given)
# expect: ['x', 'y', 'a', 'b']
# expect: TypeError state is not a tuple
# expect: TypeError function takes at least 1 argument (0 given)
# expect: TypeError Arguments must be iterators.
# expect: TypeError Arguments must be iterators.
# expect: TypeError function takes at most 2 arguments (3 given)
# expect: ['b', 'c', 'd', 'e', 'f']
# expect: ['d', 'e', 'f']
# expect: TypeError an integer is required
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: [('b', 'd')]
# expect: [('b', 'd')]
# expect: []
# expect: ValueError invalid arguments
# expect: ValueError invalid arguments
# expect: TypeError an integer is required
# expect: []
# expect: [('c', 'a'), ('c', 'b'), ('b', 'a'), ('b', 'c')]
# expect: TypeError state is not a tuple
# expect: TypeError function takes exactly 2 arguments (1 given)
# expect: TypeError argument 1 must be tuple, not list
# expect: TypeError argument 2 must be tuple, not list
# expect: ValueError invalid arguments
# expect: [('c', 'd')]
# expect: [('b', 'b'), ('b', 'c'), ('c', 'c')]
# expect: ValueError invalid arguments
# expect: [('b', ['b', 'b']), ('c', ['c'])]
# expect: TypeError state is not a tuple
# expect: TypeError function takes exactly 3 arguments (2 given)
# expect: [1, 5, 1]
# expect: []
# expect: [11, 13, 16]
# expect: [('a', 'b'), ('*', 'c'), ('*', 'd')]
# expect: count False True
# expect: compress False True
# expect: repeat False True
# expect: starmap False True
# expect: filterfalse False True
# expect: pairwise False False
