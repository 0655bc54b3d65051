import operator, collections, itertools
from collections import OrderedDict, Counter, namedtuple, ChainMap, UserDict, deque
c = Counter("mississippi"); print(c, c.most_common(2), c['z'], sorted(c.elements())[:4], c + Counter("ss"), c - Counter("s"))
o = OrderedDict.fromkeys("abc"); o.move_to_end("a"); print(o, list(reversed(o)), o.popitem(last=False))
P = namedtuple("P", "x y"); p = P(1, 0); print(p, p._asdict(), p._replace(y=5), P._fields, p.x, P.x.__doc__)
print(ChainMap({1: 2}, {3: 4})[3], UserDict(a=1))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.add(1, 2))
print(collections.deque.__module__)

# expect: Counter({'i': 4, 's': 4, 'p': 2, 'm': 1}) [('i', 4), ('s', 4)] 0 ['i', 'i', 'i', 'i'] Counter({'s': 6, 'i': 4, 'p': 2, 'm': 1}) Counter({'i': 4, 's': 3, 'p': 2, 'm': 1})
# expect: OrderedDict([('c', None), ('a', None)]) ['a', 'c', 'b'] ('b', None)
# expect: P(x=1, y=0) {'x': 1, 'y': 0} P(x=1, y=5) ('x', 'y') 1 Alias for field number 0
# expect: 4 {'a': 1}
# expect: ('b', 'a') 3 X 3
# expect: collections
