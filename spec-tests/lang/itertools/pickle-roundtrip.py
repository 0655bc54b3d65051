# Every itertools tool survives pickle, copy.copy and copy.deepcopy,
# fresh and part consumed, at every protocol.
import itertools as it, pickle, copy, operator

def third(x):
    return x // 3

def second(x, y):
    return y

def take(n, x):
    out = []
    for item in it.islice(x, n):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], it._grouper):
            item = (item[0], list(item[1]))
        out.append(item)
    return out

def tools():
    return [
        it.count(3), it.count(1.5, .5), it.count(2**64), it.cycle('abc'), it.repeat('x', 5), it.repeat('y'),
        it.accumulate(range(10)), it.accumulate(range(5), initial=100), it.accumulate([3, 1, 4], max),
        it.chain('ab', 'cd'), it.chain.from_iterable(['ab', 'cd']), it.compress('abcdef', [1, 0, 1, 1, 0, 1]),
        it.dropwhile(operator.not_, [0, 0, 1, 0]), it.takewhile(bool, [1, 2, 0, 3]),
        it.filterfalse(None, [0, 1, 0, 2]), it.starmap(pow, [(2, 3), (3, 2)]), it.islice(range(20), 2, 15, 3),
        it.islice(iter([1, 2, 3]), None), it.zip_longest('abc', 'de', fillvalue='-'), it.product('ab', range(3)),
        it.product('ab', repeat=2), it.permutations('abcd', 2), it.combinations('abcd', 2),
        it.combinations_with_replacement('abc', 2), it.groupby('aabbbc'), it.groupby([1, 2, 3, 4], third),
        it.tee('abcdef')[0],
    ]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bad = 0
    for steps in range(3):
        for x, y, z in zip(tools(), tools(), tools()):
            for _ in range(steps):
                for t in (x, y, z):
                    next(t, None)
            a = take(6, pickle.loads(pickle.dumps(x, proto)))
            b = take(6, copy.deepcopy(y))
            c = take(6, z)
            if not a == b == c:
                bad += 1
                print(proto, type(x).__name__, a, b, c)
    print('protocol', proto, 'mismatches', bad)

c = it.cycle('abc')
next(c)
print(take(5, copy.copy(c)), take(5, copy.deepcopy(c)))
print(type(pickle.loads(pickle.dumps(it.accumulate([None, 1])))).__name__)
a = it.accumulate([None, 1, 2], second)
next(a)
print(list(pickle.loads(pickle.dumps(a))))

# expect: protocol 0 mismatches 0
# expect: protocol 1 mismatches 0
# expect: protocol 2 mismatches 0
# expect: protocol 3 mismatches 0
# expect: protocol 4 mismatches 0
# expect: protocol 5 mismatches 0
# expect: ['b', 'c', 'a', 'b', 'c'] ['a', 'b', 'c', 'a', 'b']
# expect: accumulate
# expect: [1, 2]
