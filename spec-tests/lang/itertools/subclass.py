# Every itertools type but the internal ones may be derived from.
import itertools as it
import operator

def is_even(x):
    return x % 2 == 0

cases = [
    (it.repeat, (1, 2), [1, 1]),
    (it.filterfalse, (None, [0, 1]), [0]),
    (it.chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (it.starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (it.islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (it.takewhile, (is_even, [2, 3, 4]), [2]),
    (it.dropwhile, (is_even, [2, 3, 4]), [3, 4]),
    (it.cycle, ([1, 2],), [1, 2, 1]),
    (it.compress, ('ABC', [1, 0, 1]), ['A', 'C']),
    (it.count, (5, 2), [5, 7, 9]),
    (it.accumulate, ([1, 2, 3],), [1, 3, 6]),
    (it.product, ('ab', 'c'), [('a', 'c'), ('b', 'c')]),
    (it.permutations, ('ab',), [('a', 'b'), ('b', 'a')]),
    (it.combinations, ('abc', 2), [('a', 'b'), ('a', 'c'), ('b', 'c')]),
    (it.combinations_with_replacement, ('ab', 2), [('a', 'a'), ('a', 'b'), ('b', 'b')]),
    (it.zip_longest, ('ab', 'c'), [('a', 'c'), ('b', None)]),
    (it.pairwise, ('abc',), [('a', 'b'), ('b', 'c')]),
]
for cls, args, result in cases:
    class Sub(cls):
        pass
    u = Sub(*args)
    print(cls.__name__, type(u) is Sub, list(it.islice(u, 3)) == result, isinstance(u, cls))
    try:
        Sub(*args, newarg=3)
    except TypeError as e:
        print("  ", e)

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        w = WithInit(*args, newarg=3)
        print("   init:", w.newarg, list(it.islice(w, 3)) == result)
    except TypeError as e:
        print("   init:", e)

    class WithNew(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    n = WithNew(*args, newarg=4)
    print("   new:", type(n).__name__, n.newarg, list(it.islice(n, 3)) == result)

class Counter(it.count):
    pass
class Again(it.repeat):
    pass
print(repr(Counter()), repr(Counter(1.5, 2)), repr(Again('x')), repr(Again('x', 3)))

class Chained(it.chain):
    pass
c = Chained.from_iterable(['ab', 'cd'])
print(type(c).__name__, list(c))
print(it.chain[int])

class Grandchild(Counter):
    def extra(self):
        return 'more'
g = Grandchild(10)
g.attr = 1
print(next(g), next(g), g.extra(), g.attr, vars(g))

for name in ['_grouper', '_tee', '_tee_dataobject']:
    try:
        type('X', (getattr(it, name),), {})
    except TypeError as e:
        print(e)

# expect: repeat True True True
# expect:    repeat() takes at most 2 arguments (3 given)
# expect:    init: repeat() takes at most 2 arguments (3 given)
# expect:    new: WithNew 4 True
# expect: filterfalse True True True
# expect:    filterfalse() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: chain True True True
# expect:    chain() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: starmap True True True
# expect:    starmap() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: islice True True True
# expect:    islice() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: takewhile True True True
# expect:    takewhile() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: dropwhile True True True
# expect:    dropwhile() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: cycle True True True
# expect:    cycle() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: compress True True True
# expect:    compress() takes at most 2 arguments (3 given)
# expect:    init: compress() takes at most 2 arguments (3 given)
# expect:    new: WithNew 4 True
# expect: count True True True
# expect:    count() takes at most 2 arguments (3 given)
# expect:    init: count() takes at most 2 arguments (3 given)
# expect:    new: WithNew 4 True
# expect: accumulate True True True
# expect:    'newarg' is an invalid keyword argument for accumulate()
# expect:    init: 'newarg' is an invalid keyword argument for accumulate()
# expect:    new: WithNew 4 True
# expect: product True True True
# expect:    'newarg' is an invalid keyword argument for product()
# expect:    init: 'newarg' is an invalid keyword argument for product()
# expect:    new: WithNew 4 True
# expect: permutations True True True
# expect:    'newarg' is an invalid keyword argument for permutations()
# expect:    init: 'newarg' is an invalid keyword argument for permutations()
# expect:    new: WithNew 4 True
# expect: combinations True True True
# expect:    combinations() takes at most 2 arguments (3 given)
# expect:    init: combinations() takes at most 2 arguments (3 given)
# expect:    new: WithNew 4 True
# expect: combinations_with_replacement True True True
# expect:    combinations_with_replacement() takes at most 2 arguments (3 given)
# expect:    init: combinations_with_replacement() takes at most 2 arguments (3 given)
# expect:    new: WithNew 4 True
# expect: zip_longest True True True
# expect:    zip_longest() got an unexpected keyword argument
# expect:    init: zip_longest() got an unexpected keyword argument
# expect:    new: WithNew 4 True
# expect: pairwise True True True
# expect:    pairwise() takes no keyword arguments
# expect:    init: 3 True
# expect:    new: WithNew 4 True
# expect: Counter(0) Counter(1.5, 2) Again('x') Again('x', 3)
# expect: Chained ['a', 'b', 'c', 'd']
# expect: itertools.chain[int]
# expect: 10 11 more 1 {'attr': 1}
# expect: type 'itertools._grouper' is not an acceptable base type
# expect: type 'itertools._tee' is not an acceptable base type
# expect: type 'itertools._tee_dataobject' is not an acceptable base type
