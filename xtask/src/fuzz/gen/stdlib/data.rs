//! The modules of data and functions: `itertools`, `functools`,
//! `operator`, `collections`, `bisect`, `heapq`, `copy`, `dataclasses`,
//! `enum`, `types` and `typing`. Iterators are always drained into lists:
//! their own repr holds an address. One that can be huge (`permutations`
//! of a dozen items) is cut by `islice`: a program that fills the memory
//! with small objects is a listed difference (appendix B: lython aborts
//! where CPython raises `MemoryError`), not a finding.
use super::super::library::Kind;

pub(super) const KINDS: &[Kind] = &[
    ITERTOOLS, FUNCTOOLS, OPERATOR, COLLECTIONS, BISECT_HEAPQ, COPY, DATACLASSES, ENUM, TYPES,
    TYPING,
];

const ITERTOOLS: Kind = Kind {
    name: "itertools",
    setup: "import itertools, operator",
    trials: &[
        "list(itertools.chain({seq}, {seq}))",
        "list(itertools.islice({seq}, {small}))",
        "list(itertools.islice({seq}, {small}, {small}, {step}))",
        "list(itertools.islice(itertools.count({int}, {step}), {length}))",
        "list(itertools.accumulate({intlist}))",
        "list(itertools.accumulate({intlist}, operator.mul, initial={small}))",
        "list(itertools.product({seq}, repeat=2))",
        "list(itertools.islice(itertools.permutations({seq}, {small}), 40))",
        "list(itertools.combinations({seq}, {small}))",
        "list(itertools.combinations_with_replacement({seq}, 2))",
        "[(k, list(g)) for k, g in itertools.groupby({seq})]",
        "[(k, list(g)) for k, g in itertools.groupby({intlist}, key=lambda v: v % 3)]",
        "list(itertools.zip_longest({seq}, {seq}, fillvalue={small}))",
        "list(itertools.starmap(pow, [(2, 3), ({small}, 2)]))",
        "(list(itertools.takewhile(bool, {seq})), list(itertools.dropwhile(bool, {seq})))",
        "list(itertools.filterfalse(None, {seq}))",
        "list(itertools.compress({seq}, {intlist}))",
        "list(itertools.pairwise({seq}))",
        "list(itertools.repeat({hashable}, {length}))",
        "list(itertools.islice(itertools.cycle({seq}), 7))",
        "[list(t) for t in itertools.tee({seq}, 2)]",
        "list(itertools.chain.from_iterable({seq}))",
    ],
    fill: |g| g.sequence(1),
};

const FUNCTOOLS: Kind = Kind {
    name: "functools",
    setup: "
        import functools, operator
        @functools.total_ordering
        class V:
            def __init__(self, v): self.v = v
            def __eq__(self, o): return self.v == o.v
            def __lt__(self, o): return self.v < o.v
            def __repr__(self): return f'V(⟨self.v!r⟩)'
        @functools.singledispatch
        def kind(x): return 'object'
        @kind.register
        def _(x: int): return 'int'
        @kind.register(list)
        def _(x): return 'list'
        def deco(f):
            @functools.wraps(f)
            def inner(*a): return f(*a)
            return inner
        @deco
        def named(a):
            'doc of named'
            return a",
    trials: &[
        "functools.reduce(operator.add, {seq})",
        "functools.reduce(operator.mul, {intlist}, 1)",
        "functools.reduce(operator.add, {seq}, {hashable})",
        "functools.partial(pow, {small})({small})",
        "repr(functools.partial(max, {small}, key=abs))",
        "sorted({seq}, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)))",
        "(lambda f: ([f(i % 3) for i in range(9)], f.cache_info()))(functools.lru_cache(maxsize={small})(abs))",
        "(V({int}) >= V({int}), V({int}) > V({int}), V({int}) <= V({int}))",
        "(kind({int}), kind({seq}), kind({str}))",
        "(named.__name__, named.__doc__, named.__wrapped__({small}))",
        "functools.reduce(operator.add, [])",
        "functools.partial(pow, {small}, {small}).args",
        "(lambda c: (c({small}), c({small}), c.cache_info()))(functools.cache(lambda x: x * 2))",
    ],
    fill: |g| g.sequence(1),
};

const OPERATOR: Kind = Kind {
    name: "operator",
    setup: "import operator",
    trials: &[
        "operator.add({num}, {num})",
        "operator.itemgetter({small})({seq})",
        "operator.itemgetter(0, -1)({seq})",
        "operator.attrgetter('real', 'imag')({num})",
        "operator.methodcaller('count', {hashable})({seq})",
        "operator.index({num})",
        "operator.length_hint({seq}, {small})",
        "operator.concat({seq}, {seq})",
        "(operator.contains({seq}, {hashable}), operator.countOf({seq}, {hashable}))",
        "operator.indexOf({seq}, {hashable})",
        "(operator.truth({seq}), operator.neg({num}), operator.pow({num}, {small}))",
        "operator.getitem({seq}, {small})",
        "repr(operator.itemgetter(1, 'a'))",
        "repr(operator.methodcaller('f', 1, k={small}))",
        "operator.matmul({num}, {num})",
        "(lambda l: (operator.setitem(l, 0, {small}), operator.delitem(l, -1), l))(list({seq}))",
        "operator.iadd(list({seq}), {seq})",
    ],
    fill: |g| g.sequence(1),
};

const COLLECTIONS: Kind = Kind {
    name: "collections",
    setup: "
        import collections
        P = collections.namedtuple('P', 'x y', defaults=[0])",
    trials: &[
        "collections.Counter({seq}).most_common({small})",
        "collections.Counter({str})",
        "collections.Counter({seq}) + collections.Counter({seq})",
        "(collections.Counter({seq}) - collections.Counter({seq}), collections.Counter({seq}) & collections.Counter({seq}))",
        "collections.Counter({seq})[{hashable}]",
        "sorted(collections.Counter({intlist}).elements())",
        "collections.deque({seq}, maxlen={length})",
        "(lambda d: (d.rotate({small}), d))(collections.deque({seq}))",
        "(lambda d: (d.appendleft({hashable}), d.pop(), d))(collections.deque({seq}))",
        "collections.deque({seq}).popleft()",
        "collections.OrderedDict(zip({seq}, {seq}))",
        "(lambda o: (o.move_to_end({hashable}), list(o)))(collections.OrderedDict.fromkeys({seq}))",
        "(lambda d: (d['x'].append({small}), d))(collections.defaultdict(list))",
        "(P({small}), P({small}, {small})._replace(x={int}), P({small})._asdict(), P._fields)",
        "collections.namedtuple('Q', {str})",
        "collections.namedtuple('Q', 'a a')",
        "(lambda c: (c['b'], list(c), len(c)))(collections.ChainMap(⟨'a': 1⟩, ⟨'a': 2, 'b': {small}⟩))",
        "collections.UserList({seq}) + [1]",
        "collections.Counter(a={small}, b={small}).total()",
    ],
    fill: |g| g.sequence(1),
};

const BISECT_HEAPQ: Kind = Kind {
    name: "bisect-heapq",
    setup: "import bisect, heapq",
    trials: &[
        "bisect.bisect_left(sorted({intlist}), {int})",
        "bisect.bisect_right(sorted({intlist}), {int}, {small})",
        "(lambda l: (bisect.insort(l, {int}), l))(sorted({intlist}))",
        "bisect.bisect({intlist}, 1, lo={small})",
        "bisect.bisect_left({seq}, {hashable}, key=len)",
        "(lambda h: (heapq.heapify(h), h))(list({intlist}))",
        "(heapq.nlargest({small}, {intlist}), heapq.nsmallest({small}, {intlist}))",
        "list(heapq.merge(sorted({intlist}), sorted({intlist})))",
        "(lambda h: (heapq.heapify(h), [heapq.heappop(h) for _ in range(len(h))]))(list({intlist}))",
        "heapq.heappop(list({intlist}))",
        "(lambda h: (heapq.heappushpop(h, {int}), h))(list({intlist}))",
        "heapq.heapreplace([], 1)",
        "heapq.nlargest(2, {seq}, key=str)",
    ],
    fill: |g| g.int(1),
};

const COPY: Kind = Kind {
    name: "copy",
    setup: "
        import copy
        class K:
            def __init__(self, v): self.v = v
            def __repr__(self): return f'K(⟨self.v!r⟩)'
        class C:
            def __copy__(self): return 'copied'
            def __deepcopy__(self, memo): return 'deep'",
    trials: &[
        "copy.copy({seq})",
        "copy.deepcopy({seq})",
        "(lambda a: (lambda b: (b == a, b is a, b[0] is a[0]))(copy.deepcopy(a)))([[{small}], [2]])",
        "(lambda a: (lambda b: (b == a, b[0] is a[0]))(copy.copy(a)))([[{small}], [2]])",
        "(lambda k: (copy.copy(k), copy.deepcopy(k).v is k.v))(K([{seq}]))",
        "(copy.copy(C()), copy.deepcopy([C()]))",
        "(lambda l: (lambda m: m[0] is m)(copy.deepcopy(l)))((lambda l: (l.append(l), l)[1])([]))",
        "copy.replace(1)",
        "copy.deepcopy(⟨'a': [{seq}]⟩)",
    ],
    fill: |g| g.sequence(1),
};

const DATACLASSES: Kind = Kind {
    name: "dataclasses",
    setup: "
        import dataclasses
        @dataclasses.dataclass(order=True)
        class P:
            x: int
            y: int = 0
            tags: list = dataclasses.field(default_factory=list)
        @dataclasses.dataclass(frozen=True)
        class F:
            a: int
            b: str = 'b'",
    trials: &[
        "P({int})",
        "P({int}, {int}) < P({int})",
        "dataclasses.asdict(P({small}, {small}, [{seq}]))",
        "dataclasses.astuple(P({small}))",
        "dataclasses.replace(P({small}), y={int})",
        "[f.name for f in dataclasses.fields(P)]",
        "(F({small}) == F({small}), hash(F({small})) == hash(F({small})))",
        "(lambda f: setattr(f, 'a', 2))(F({small}))",
        "P()",
        "P(1, 2, [], 4)",
        "(dataclasses.is_dataclass(P), dataclasses.is_dataclass(P(1)), dataclasses.is_dataclass(1))",
        "F({int}, {str})",
        "dataclasses.make_dataclass('M', ['a', ('b', int, 5)])(1)",
        "sorted([P({small}), P({small}), P({small})])",
    ],
    fill: |g| g.int(1),
};

const ENUM: Kind = Kind {
    name: "enum",
    setup: "
        import enum
        class Color(enum.Enum):
            RED = 1
            GREEN = 2
            BLUE = 3
        class Perm(enum.IntFlag):
            R = 4
            W = 2
            X = 1
        class Num(enum.IntEnum):
            ONE = 1
            TWO = 2",
    trials: &[
        "Color({small})",
        "Color[{str}]",
        "(Color.RED, Color['GREEN'], list(Color), len(Color))",
        "(Color.RED.name, Color.RED.value, str(Color.BLUE), repr(Color.BLUE))",
        "(Perm.R | Perm.W, Perm({small}), ~Perm.R, Perm.R in (Perm.R | Perm.X))",
        "(str(Perm(7)), repr(Perm(0)), list(Perm(6)))",
        "(Num.TWO + {int}, Num({small}) == {small}, format(Num.ONE), str(Num.TWO))",
        "sorted(Color, key=lambda c: -c.value)",
        "(Color.RED in Color, Color.RED is Color(1), Color.RED == 1)",
        "(lambda E: (list(E), E.b.value))(enum.Enum('E', 'a b c'))",
        "[m.name for m in enum.IntFlag('F', 'x y z')]",
        "Color.RED < Color.BLUE",
        "(lambda: setattr(Color, 'RED', 5))()",
        "enum.Enum('E', [('a', 1), ('b', 1)]).b",
    ],
    fill: |g| g.int(1),
};

const TYPES: Kind = Kind {
    name: "types",
    setup: "import types",
    trials: &[
        "types.SimpleNamespace(a={int}, b={str})",
        "types.SimpleNamespace(a={small}) == types.SimpleNamespace(a={small})",
        "types.MappingProxyType(⟨'a': {small}⟩)['a']",
        "(lambda m: m.__setitem__('a', 2))(types.MappingProxyType(⟨⟩))",
        "(types.FunctionType is type(lambda: 0), isinstance(len, types.BuiltinFunctionType))",
        "(lambda m: (m.__name__, m.__doc__, repr(m)))(types.ModuleType('mod', 'the doc'))",
        "types.new_class('N', (int,)).__mro__",
        "(lambda n: (vars(n), n.a))(types.SimpleNamespace(**⟨'a': {seq}⟩))",
        "types.MappingProxyType({seq})",
        "(types.NoneType, types.EllipsisType, types.NotImplementedType)",
        "isinstance((x for x in []), types.GeneratorType)",
    ],
    fill: |g| g.int(1),
};

pub(super) const TYPE_NAMES: &[&str] = &[
    "int", "str", "None", "list[int]", "typing.List[str]", "'Fwd'", "typing.Any", "float | None",
];

const TYPING: Kind = Kind {
    name: "typing",
    setup: "
        import typing
        T = typing.TypeVar('T')
        class Box(typing.Generic[T]):
            item: T
        def f(a: int, b: 'str' = '') -> typing.Optional[int]: pass",
    trials: &[
        "(typing.List[{tname}], typing.Dict[str, {tname}])",
        "typing.Optional[{tname}]",
        "(typing.Union[int, {tname}], typing.Union[int, int])",
        "typing.get_type_hints(f)",
        "(typing.get_origin(typing.List[int]), typing.get_args(typing.Dict[str, {tname}]))",
        "typing.cast(int, {str})",
        "(lambda NT: (NT({small}), NT._fields))(typing.NamedTuple('NT', [('a', int)]))",
        "(typing.Callable[[int], {tname}], typing.Literal[1, 'a'], typing.Tuple[int, ...])",
        "isinstance({seq}, typing.List)",
        "isinstance({seq}, typing.List[int])",
        "(T, Box[int], Box.__parameters__, Box[int]().__orig_class__)",
        "(typing.Any, typing.NoReturn, typing.ClassVar[int], typing.Final[int])",
        "(list[{tname}], dict[str, {tname}], tuple[int, ...])",
        "typing.Union[()]",
        "typing.get_type_hints(Box)",
    ],
    fill: |g| g.sequence(1),
};
