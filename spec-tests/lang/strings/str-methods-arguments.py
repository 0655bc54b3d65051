# Every str method over a pool of right and wrong arguments: results and error messages as CPython 3.11 gives them.
METHODS = {
    "upper": lambda s, *a, **k: s.upper(*a, **k),
    "lower": lambda s, *a, **k: s.lower(*a, **k),
    "casefold": lambda s, *a, **k: s.casefold(*a, **k),
    "swapcase": lambda s, *a, **k: s.swapcase(*a, **k),
    "capitalize": lambda s, *a, **k: s.capitalize(*a, **k),
    "title": lambda s, *a, **k: s.title(*a, **k),
    "strip": lambda s, *a, **k: s.strip(*a, **k),
    "lstrip": lambda s, *a, **k: s.lstrip(*a, **k),
    "rstrip": lambda s, *a, **k: s.rstrip(*a, **k),
    "split": lambda s, *a, **k: s.split(*a, **k),
    "zfill": lambda s, *a, **k: s.zfill(*a, **k),
    "partition": lambda s, *a, **k: s.partition(*a, **k),
    "rpartition": lambda s, *a, **k: s.rpartition(*a, **k),
    "removeprefix": lambda s, *a, **k: s.removeprefix(*a, **k),
    "removesuffix": lambda s, *a, **k: s.removesuffix(*a, **k),
    "expandtabs": lambda s, *a, **k: s.expandtabs(*a, **k),
    "rsplit": lambda s, *a, **k: s.rsplit(*a, **k),
    "rindex": lambda s, *a, **k: s.rindex(*a, **k),
    "splitlines": lambda s, *a, **k: s.splitlines(*a, **k),
    "join": lambda s, *a, **k: s.join(*a, **k),
    "startswith": lambda s, *a, **k: s.startswith(*a, **k),
    "endswith": lambda s, *a, **k: s.endswith(*a, **k),
    "replace": lambda s, *a, **k: s.replace(*a, **k),
    "find": lambda s, *a, **k: s.find(*a, **k),
    "rfind": lambda s, *a, **k: s.rfind(*a, **k),
    "index": lambda s, *a, **k: s.index(*a, **k),
    "count": lambda s, *a, **k: s.count(*a, **k),
    "isdigit": lambda s, *a, **k: s.isdigit(*a, **k),
    "isdecimal": lambda s, *a, **k: s.isdecimal(*a, **k),
    "isnumeric": lambda s, *a, **k: s.isnumeric(*a, **k),
    "isalpha": lambda s, *a, **k: s.isalpha(*a, **k),
    "isalnum": lambda s, *a, **k: s.isalnum(*a, **k),
    "isspace": lambda s, *a, **k: s.isspace(*a, **k),
    "isprintable": lambda s, *a, **k: s.isprintable(*a, **k),
    "isascii": lambda s, *a, **k: s.isascii(*a, **k),
    "isidentifier": lambda s, *a, **k: s.isidentifier(*a, **k),
    "isupper": lambda s, *a, **k: s.isupper(*a, **k),
    "islower": lambda s, *a, **k: s.islower(*a, **k),
    "istitle": lambda s, *a, **k: s.istitle(*a, **k),
    "center": lambda s, *a, **k: s.center(*a, **k),
    "ljust": lambda s, *a, **k: s.ljust(*a, **k),
    "rjust": lambda s, *a, **k: s.rjust(*a, **k),
    "format": lambda s, *a, **k: s.format(*a, **k),
}
args_pool = [(), (1,), ("x",), (None,), (1, 2), ("a", "b"), ("a", 1), (1.5,), ([],), ("",), (-1,), (2**70,), (("a", 1),), ("a", "b", "c"), ("a", "b", 1.5), ("é",), (True,), ("a", -2), ("b", None, -1), ("", 3), ("", 5), ("ab", 1, 2**70), ((), 0), ("a", 0, -2**70), (" ", 1), (None, 1), (None, 0)]
names = ["upper", "lower", "casefold", "swapcase", "capitalize", "title", "strip", "lstrip", "rstrip", "split", "rsplit", "rindex", "splitlines", "join", "startswith",
         "endswith", "replace", "find", "rfind", "index", "count", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isprintable",
         "isascii", "isidentifier", "isupper", "islower", "istitle", "center", "ljust", "rjust", "format", "zfill", "partition", "rpartition", "removeprefix", "removesuffix", "expandtabs"]
WITH_ARGS = {"strip", "lstrip", "rstrip", "split", "rsplit", "rindex", "splitlines", "join", "startswith", "endswith", "replace", "find", "rfind", "index", "count", "center", "ljust", "rjust", "format", "zfill", "partition", "rpartition", "removeprefix", "removesuffix", "expandtabs"}
for s in ["abc", "", " a  b\nc ", "-1\u00e9\t3\r\t4"]:
    for name in names:
        m = lambda *a: METHODS[name](s, *a)
        pool = args_pool if name in WITH_ARGS else [(), (1,)]
        for a in pool:
            try:
                r = repr(m(*a))
            except Exception as e:
                r = f"{type(e).__name__}: {e}"
            print(repr(s), name, repr(a), r)
kw = [("split", {"sep": "b"}), ("split", {"maxsplit": 1}), ("split", {"x": 1}), ("splitlines", {"keepends": True}), ("strip", {"chars": "a"}), ("format", {"a": 1}), ("center", {"width": 5}), ("expandtabs", {"tabsize": 2}), ("zfill", {"width": 5})]
for name, k in kw:
    try:
        r = repr(METHODS[name]("abc", **k))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(name, k, r)
# expect: 'abc' upper () 'ABC'
# expect: 'abc' upper (1,) TypeError: str.upper() takes no arguments (1 given)
# expect: 'abc' lower () 'abc'
# expect: 'abc' lower (1,) TypeError: str.lower() takes no arguments (1 given)
# expect: 'abc' casefold () 'abc'
# expect: 'abc' casefold (1,) TypeError: str.casefold() takes no arguments (1 given)
# expect: 'abc' swapcase () 'ABC'
# expect: 'abc' swapcase (1,) TypeError: str.swapcase() takes no arguments (1 given)
# expect: 'abc' capitalize () 'Abc'
# expect: 'abc' capitalize (1,) TypeError: str.capitalize() takes no arguments (1 given)
# expect: 'abc' title () 'Abc'
# expect: 'abc' title (1,) TypeError: str.title() takes no arguments (1 given)
# expect: 'abc' strip () 'abc'
# expect: 'abc' strip (1,) TypeError: strip arg must be None or str
# expect: 'abc' strip ('x',) 'abc'
# expect: 'abc' strip (None,) 'abc'
# expect: 'abc' strip (1, 2) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip ('a', 'b') TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip ('a', 1) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip (1.5,) TypeError: strip arg must be None or str
# expect: 'abc' strip ([],) TypeError: strip arg must be None or str
# expect: 'abc' strip ('',) 'abc'
# expect: 'abc' strip (-1,) TypeError: strip arg must be None or str
# expect: 'abc' strip (1180591620717411303424,) TypeError: strip arg must be None or str
# expect: 'abc' strip (('a', 1),) TypeError: strip arg must be None or str
# expect: 'abc' strip ('a', 'b', 'c') TypeError: strip expected at most 1 argument, got 3
# expect: 'abc' strip ('a', 'b', 1.5) TypeError: strip expected at most 1 argument, got 3
# expect: 'abc' strip ('é',) 'abc'
# expect: 'abc' strip (True,) TypeError: strip arg must be None or str
# expect: 'abc' strip ('a', -2) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip ('b', None, -1) TypeError: strip expected at most 1 argument, got 3
# expect: 'abc' strip ('', 3) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip ('', 5) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip ('ab', 1, 1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: 'abc' strip ((), 0) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip ('a', 0, -1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: 'abc' strip (' ', 1) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip (None, 1) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' strip (None, 0) TypeError: strip expected at most 1 argument, got 2
# expect: 'abc' lstrip () 'abc'
# expect: 'abc' lstrip (1,) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip ('x',) 'abc'
# expect: 'abc' lstrip (None,) 'abc'
# expect: 'abc' lstrip (1, 2) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip ('a', 'b') TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip ('a', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip (1.5,) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip ([],) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip ('',) 'abc'
# expect: 'abc' lstrip (-1,) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip (1180591620717411303424,) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip (('a', 1),) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip ('a', 'b', 'c') TypeError: lstrip expected at most 1 argument, got 3
# expect: 'abc' lstrip ('a', 'b', 1.5) TypeError: lstrip expected at most 1 argument, got 3
# expect: 'abc' lstrip ('é',) 'abc'
# expect: 'abc' lstrip (True,) TypeError: lstrip arg must be None or str
# expect: 'abc' lstrip ('a', -2) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip ('b', None, -1) TypeError: lstrip expected at most 1 argument, got 3
# expect: 'abc' lstrip ('', 3) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip ('', 5) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip ('ab', 1, 1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: 'abc' lstrip ((), 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip ('a', 0, -1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: 'abc' lstrip (' ', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip (None, 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' lstrip (None, 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip () 'abc'
# expect: 'abc' rstrip (1,) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip ('x',) 'abc'
# expect: 'abc' rstrip (None,) 'abc'
# expect: 'abc' rstrip (1, 2) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip ('a', 'b') TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip ('a', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip (1.5,) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip ([],) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip ('',) 'abc'
# expect: 'abc' rstrip (-1,) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip (1180591620717411303424,) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip (('a', 1),) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip ('a', 'b', 'c') TypeError: rstrip expected at most 1 argument, got 3
# expect: 'abc' rstrip ('a', 'b', 1.5) TypeError: rstrip expected at most 1 argument, got 3
# expect: 'abc' rstrip ('é',) 'abc'
# expect: 'abc' rstrip (True,) TypeError: rstrip arg must be None or str
# expect: 'abc' rstrip ('a', -2) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip ('b', None, -1) TypeError: rstrip expected at most 1 argument, got 3
# expect: 'abc' rstrip ('', 3) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip ('', 5) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip ('ab', 1, 1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: 'abc' rstrip ((), 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip ('a', 0, -1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: 'abc' rstrip (' ', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip (None, 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' rstrip (None, 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: 'abc' split () ['abc']
# expect: 'abc' split (1,) TypeError: must be str or None, not int
# expect: 'abc' split ('x',) ['abc']
# expect: 'abc' split (None,) ['abc']
# expect: 'abc' split (1, 2) TypeError: must be str or None, not int
# expect: 'abc' split ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' split ('a', 1) ['', 'bc']
# expect: 'abc' split (1.5,) TypeError: must be str or None, not float
# expect: 'abc' split ([],) TypeError: must be str or None, not list
# expect: 'abc' split ('',) ValueError: empty separator
# expect: 'abc' split (-1,) TypeError: must be str or None, not int
# expect: 'abc' split (1180591620717411303424,) TypeError: must be str or None, not int
# expect: 'abc' split (('a', 1),) TypeError: must be str or None, not tuple
# expect: 'abc' split ('a', 'b', 'c') TypeError: split() takes at most 2 arguments (3 given)
# expect: 'abc' split ('a', 'b', 1.5) TypeError: split() takes at most 2 arguments (3 given)
# expect: 'abc' split ('é',) ['abc']
# expect: 'abc' split (True,) TypeError: must be str or None, not bool
# expect: 'abc' split ('a', -2) ['', 'bc']
# expect: 'abc' split ('b', None, -1) TypeError: split() takes at most 2 arguments (3 given)
# expect: 'abc' split ('', 3) ValueError: empty separator
# expect: 'abc' split ('', 5) ValueError: empty separator
# expect: 'abc' split ('ab', 1, 1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: 'abc' split ((), 0) TypeError: must be str or None, not tuple
# expect: 'abc' split ('a', 0, -1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: 'abc' split (' ', 1) ['abc']
# expect: 'abc' split (None, 1) ['abc']
# expect: 'abc' split (None, 0) ['abc']
# expect: 'abc' rsplit () ['abc']
# expect: 'abc' rsplit (1,) TypeError: must be str or None, not int
# expect: 'abc' rsplit ('x',) ['abc']
# expect: 'abc' rsplit (None,) ['abc']
# expect: 'abc' rsplit (1, 2) TypeError: must be str or None, not int
# expect: 'abc' rsplit ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rsplit ('a', 1) ['', 'bc']
# expect: 'abc' rsplit (1.5,) TypeError: must be str or None, not float
# expect: 'abc' rsplit ([],) TypeError: must be str or None, not list
# expect: 'abc' rsplit ('',) ValueError: empty separator
# expect: 'abc' rsplit (-1,) TypeError: must be str or None, not int
# expect: 'abc' rsplit (1180591620717411303424,) TypeError: must be str or None, not int
# expect: 'abc' rsplit (('a', 1),) TypeError: must be str or None, not tuple
# expect: 'abc' rsplit ('a', 'b', 'c') TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: 'abc' rsplit ('a', 'b', 1.5) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: 'abc' rsplit ('é',) ['abc']
# expect: 'abc' rsplit (True,) TypeError: must be str or None, not bool
# expect: 'abc' rsplit ('a', -2) ['', 'bc']
# expect: 'abc' rsplit ('b', None, -1) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: 'abc' rsplit ('', 3) ValueError: empty separator
# expect: 'abc' rsplit ('', 5) ValueError: empty separator
# expect: 'abc' rsplit ('ab', 1, 1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: 'abc' rsplit ((), 0) TypeError: must be str or None, not tuple
# expect: 'abc' rsplit ('a', 0, -1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: 'abc' rsplit (' ', 1) ['abc']
# expect: 'abc' rsplit (None, 1) ['abc']
# expect: 'abc' rsplit (None, 0) ['abc']
# expect: 'abc' rindex () TypeError: rindex() takes at least 1 argument (0 given)
# expect: 'abc' rindex (1,) TypeError: must be str, not int
# expect: 'abc' rindex ('x',) ValueError: substring not found
# expect: 'abc' rindex (None,) TypeError: must be str, not NoneType
# expect: 'abc' rindex (1, 2) TypeError: must be str, not int
# expect: 'abc' rindex ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' rindex ('a', 1) ValueError: substring not found
# expect: 'abc' rindex (1.5,) TypeError: must be str, not float
# expect: 'abc' rindex ([],) TypeError: must be str, not list
# expect: 'abc' rindex ('',) 3
# expect: 'abc' rindex (-1,) TypeError: must be str, not int
# expect: 'abc' rindex (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' rindex (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' rindex ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' rindex ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' rindex ('é',) ValueError: substring not found
# expect: 'abc' rindex (True,) TypeError: must be str, not bool
# expect: 'abc' rindex ('a', -2) ValueError: substring not found
# expect: 'abc' rindex ('b', None, -1) 1
# expect: 'abc' rindex ('', 3) 3
# expect: 'abc' rindex ('', 5) ValueError: substring not found
# expect: 'abc' rindex ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: 'abc' rindex ((), 0) TypeError: must be str, not tuple
# expect: 'abc' rindex ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: 'abc' rindex (' ', 1) ValueError: substring not found
# expect: 'abc' rindex (None, 1) TypeError: must be str, not NoneType
# expect: 'abc' rindex (None, 0) TypeError: must be str, not NoneType
# expect: 'abc' splitlines () ['abc']
# expect: 'abc' splitlines (1,) ['abc']
# expect: 'abc' splitlines ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' splitlines (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' splitlines (1, 2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines ('a', 'b') TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines ('a', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' splitlines ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: 'abc' splitlines ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' splitlines (-1,) ['abc']
# expect: 'abc' splitlines (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: 'abc' splitlines (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' splitlines ('a', 'b', 'c') TypeError: splitlines() takes at most 1 argument (3 given)
# expect: 'abc' splitlines ('a', 'b', 1.5) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: 'abc' splitlines ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' splitlines (True,) ['abc']
# expect: 'abc' splitlines ('a', -2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines ('b', None, -1) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: 'abc' splitlines ('', 3) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines ('', 5) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines ('ab', 1, 1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: 'abc' splitlines ((), 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines ('a', 0, -1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: 'abc' splitlines (' ', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines (None, 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' splitlines (None, 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: 'abc' join () TypeError: str.join() takes exactly one argument (0 given)
# expect: 'abc' join (1,) TypeError: can only join an iterable
# expect: 'abc' join ('x',) 'x'
# expect: 'abc' join (None,) TypeError: can only join an iterable
# expect: 'abc' join (1, 2) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join ('a', 'b') TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join ('a', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join (1.5,) TypeError: can only join an iterable
# expect: 'abc' join ([],) ''
# expect: 'abc' join ('',) ''
# expect: 'abc' join (-1,) TypeError: can only join an iterable
# expect: 'abc' join (1180591620717411303424,) TypeError: can only join an iterable
# expect: 'abc' join (('a', 1),) TypeError: sequence item 1: expected str instance, int found
# expect: 'abc' join ('a', 'b', 'c') TypeError: str.join() takes exactly one argument (3 given)
# expect: 'abc' join ('a', 'b', 1.5) TypeError: str.join() takes exactly one argument (3 given)
# expect: 'abc' join ('é',) 'é'
# expect: 'abc' join (True,) TypeError: can only join an iterable
# expect: 'abc' join ('a', -2) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join ('b', None, -1) TypeError: str.join() takes exactly one argument (3 given)
# expect: 'abc' join ('', 3) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join ('', 5) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join ('ab', 1, 1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: 'abc' join ((), 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join ('a', 0, -1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: 'abc' join (' ', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join (None, 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' join (None, 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: 'abc' startswith () TypeError: startswith() takes at least 1 argument (0 given)
# expect: 'abc' startswith (1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: 'abc' startswith ('x',) False
# expect: 'abc' startswith (None,) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: 'abc' startswith (1, 2) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: 'abc' startswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' startswith ('a', 1) False
# expect: 'abc' startswith (1.5,) TypeError: startswith first arg must be str or a tuple of str, not float
# expect: 'abc' startswith ([],) TypeError: startswith first arg must be str or a tuple of str, not list
# expect: 'abc' startswith ('',) True
# expect: 'abc' startswith (-1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: 'abc' startswith (1180591620717411303424,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: 'abc' startswith (('a', 1),) True
# expect: 'abc' startswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' startswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' startswith ('é',) False
# expect: 'abc' startswith (True,) TypeError: startswith first arg must be str or a tuple of str, not bool
# expect: 'abc' startswith ('a', -2) False
# expect: 'abc' startswith ('b', None, -1) False
# expect: 'abc' startswith ('', 3) True
# expect: 'abc' startswith ('', 5) False
# expect: 'abc' startswith ('ab', 1, 1180591620717411303424) False
# expect: 'abc' startswith ((), 0) False
# expect: 'abc' startswith ('a', 0, -1180591620717411303424) False
# expect: 'abc' startswith (' ', 1) False
# expect: 'abc' startswith (None, 1) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: 'abc' startswith (None, 0) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: 'abc' endswith () TypeError: endswith() takes at least 1 argument (0 given)
# expect: 'abc' endswith (1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: 'abc' endswith ('x',) False
# expect: 'abc' endswith (None,) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: 'abc' endswith (1, 2) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: 'abc' endswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' endswith ('a', 1) False
# expect: 'abc' endswith (1.5,) TypeError: endswith first arg must be str or a tuple of str, not float
# expect: 'abc' endswith ([],) TypeError: endswith first arg must be str or a tuple of str, not list
# expect: 'abc' endswith ('',) True
# expect: 'abc' endswith (-1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: 'abc' endswith (1180591620717411303424,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: 'abc' endswith (('a', 1),) TypeError: tuple for endswith must only contain str, not int
# expect: 'abc' endswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' endswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' endswith ('é',) False
# expect: 'abc' endswith (True,) TypeError: endswith first arg must be str or a tuple of str, not bool
# expect: 'abc' endswith ('a', -2) False
# expect: 'abc' endswith ('b', None, -1) True
# expect: 'abc' endswith ('', 3) True
# expect: 'abc' endswith ('', 5) False
# expect: 'abc' endswith ('ab', 1, 1180591620717411303424) False
# expect: 'abc' endswith ((), 0) False
# expect: 'abc' endswith ('a', 0, -1180591620717411303424) False
# expect: 'abc' endswith (' ', 1) False
# expect: 'abc' endswith (None, 1) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: 'abc' endswith (None, 0) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: 'abc' replace () TypeError: replace expected at least 2 arguments, got 0
# expect: 'abc' replace (1,) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace ('x',) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace (None,) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace (1, 2) TypeError: replace() argument 1 must be str, not int
# expect: 'abc' replace ('a', 'b') 'bbc'
# expect: 'abc' replace ('a', 1) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace (1.5,) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace ([],) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace ('',) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace (-1,) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace (1180591620717411303424,) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace (('a', 1),) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace ('a', 'b', 'c') TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' replace ('a', 'b', 1.5) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' replace ('é',) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace (True,) TypeError: replace expected at least 2 arguments, got 1
# expect: 'abc' replace ('a', -2) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace ('b', None, -1) TypeError: replace() argument 2 must be str, not None
# expect: 'abc' replace ('', 3) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace ('', 5) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace ('ab', 1, 1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace ((), 0) TypeError: replace() argument 1 must be str, not tuple
# expect: 'abc' replace ('a', 0, -1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace (' ', 1) TypeError: replace() argument 2 must be str, not int
# expect: 'abc' replace (None, 1) TypeError: replace() argument 1 must be str, not None
# expect: 'abc' replace (None, 0) TypeError: replace() argument 1 must be str, not None
# expect: 'abc' find () TypeError: find() takes at least 1 argument (0 given)
# expect: 'abc' find (1,) TypeError: must be str, not int
# expect: 'abc' find ('x',) -1
# expect: 'abc' find (None,) TypeError: must be str, not NoneType
# expect: 'abc' find (1, 2) TypeError: must be str, not int
# expect: 'abc' find ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' find ('a', 1) -1
# expect: 'abc' find (1.5,) TypeError: must be str, not float
# expect: 'abc' find ([],) TypeError: must be str, not list
# expect: 'abc' find ('',) 0
# expect: 'abc' find (-1,) TypeError: must be str, not int
# expect: 'abc' find (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' find (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' find ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' find ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' find ('é',) -1
# expect: 'abc' find (True,) TypeError: must be str, not bool
# expect: 'abc' find ('a', -2) -1
# expect: 'abc' find ('b', None, -1) 1
# expect: 'abc' find ('', 3) 3
# expect: 'abc' find ('', 5) -1
# expect: 'abc' find ('ab', 1, 1180591620717411303424) -1
# expect: 'abc' find ((), 0) TypeError: must be str, not tuple
# expect: 'abc' find ('a', 0, -1180591620717411303424) -1
# expect: 'abc' find (' ', 1) -1
# expect: 'abc' find (None, 1) TypeError: must be str, not NoneType
# expect: 'abc' find (None, 0) TypeError: must be str, not NoneType
# expect: 'abc' rfind () TypeError: rfind() takes at least 1 argument (0 given)
# expect: 'abc' rfind (1,) TypeError: must be str, not int
# expect: 'abc' rfind ('x',) -1
# expect: 'abc' rfind (None,) TypeError: must be str, not NoneType
# expect: 'abc' rfind (1, 2) TypeError: must be str, not int
# expect: 'abc' rfind ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' rfind ('a', 1) -1
# expect: 'abc' rfind (1.5,) TypeError: must be str, not float
# expect: 'abc' rfind ([],) TypeError: must be str, not list
# expect: 'abc' rfind ('',) 3
# expect: 'abc' rfind (-1,) TypeError: must be str, not int
# expect: 'abc' rfind (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' rfind (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' rfind ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' rfind ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' rfind ('é',) -1
# expect: 'abc' rfind (True,) TypeError: must be str, not bool
# expect: 'abc' rfind ('a', -2) -1
# expect: 'abc' rfind ('b', None, -1) 1
# expect: 'abc' rfind ('', 3) 3
# expect: 'abc' rfind ('', 5) -1
# expect: 'abc' rfind ('ab', 1, 1180591620717411303424) -1
# expect: 'abc' rfind ((), 0) TypeError: must be str, not tuple
# expect: 'abc' rfind ('a', 0, -1180591620717411303424) -1
# expect: 'abc' rfind (' ', 1) -1
# expect: 'abc' rfind (None, 1) TypeError: must be str, not NoneType
# expect: 'abc' rfind (None, 0) TypeError: must be str, not NoneType
# expect: 'abc' index () TypeError: index() takes at least 1 argument (0 given)
# expect: 'abc' index (1,) TypeError: must be str, not int
# expect: 'abc' index ('x',) ValueError: substring not found
# expect: 'abc' index (None,) TypeError: must be str, not NoneType
# expect: 'abc' index (1, 2) TypeError: must be str, not int
# expect: 'abc' index ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' index ('a', 1) ValueError: substring not found
# expect: 'abc' index (1.5,) TypeError: must be str, not float
# expect: 'abc' index ([],) TypeError: must be str, not list
# expect: 'abc' index ('',) 0
# expect: 'abc' index (-1,) TypeError: must be str, not int
# expect: 'abc' index (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' index (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' index ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' index ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' index ('é',) ValueError: substring not found
# expect: 'abc' index (True,) TypeError: must be str, not bool
# expect: 'abc' index ('a', -2) ValueError: substring not found
# expect: 'abc' index ('b', None, -1) 1
# expect: 'abc' index ('', 3) 3
# expect: 'abc' index ('', 5) ValueError: substring not found
# expect: 'abc' index ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: 'abc' index ((), 0) TypeError: must be str, not tuple
# expect: 'abc' index ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: 'abc' index (' ', 1) ValueError: substring not found
# expect: 'abc' index (None, 1) TypeError: must be str, not NoneType
# expect: 'abc' index (None, 0) TypeError: must be str, not NoneType
# expect: 'abc' count () TypeError: count() takes at least 1 argument (0 given)
# expect: 'abc' count (1,) TypeError: must be str, not int
# expect: 'abc' count ('x',) 0
# expect: 'abc' count (None,) TypeError: must be str, not NoneType
# expect: 'abc' count (1, 2) TypeError: must be str, not int
# expect: 'abc' count ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' count ('a', 1) 0
# expect: 'abc' count (1.5,) TypeError: must be str, not float
# expect: 'abc' count ([],) TypeError: must be str, not list
# expect: 'abc' count ('',) 4
# expect: 'abc' count (-1,) TypeError: must be str, not int
# expect: 'abc' count (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' count (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' count ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' count ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: 'abc' count ('é',) 0
# expect: 'abc' count (True,) TypeError: must be str, not bool
# expect: 'abc' count ('a', -2) 0
# expect: 'abc' count ('b', None, -1) 1
# expect: 'abc' count ('', 3) 1
# expect: 'abc' count ('', 5) 0
# expect: 'abc' count ('ab', 1, 1180591620717411303424) 0
# expect: 'abc' count ((), 0) TypeError: must be str, not tuple
# expect: 'abc' count ('a', 0, -1180591620717411303424) 0
# expect: 'abc' count (' ', 1) 0
# expect: 'abc' count (None, 1) TypeError: must be str, not NoneType
# expect: 'abc' count (None, 0) TypeError: must be str, not NoneType
# expect: 'abc' isdigit () False
# expect: 'abc' isdigit (1,) TypeError: str.isdigit() takes no arguments (1 given)
# expect: 'abc' isdecimal () False
# expect: 'abc' isdecimal (1,) TypeError: str.isdecimal() takes no arguments (1 given)
# expect: 'abc' isnumeric () False
# expect: 'abc' isnumeric (1,) TypeError: str.isnumeric() takes no arguments (1 given)
# expect: 'abc' isalpha () True
# expect: 'abc' isalpha (1,) TypeError: str.isalpha() takes no arguments (1 given)
# expect: 'abc' isalnum () True
# expect: 'abc' isalnum (1,) TypeError: str.isalnum() takes no arguments (1 given)
# expect: 'abc' isspace () False
# expect: 'abc' isspace (1,) TypeError: str.isspace() takes no arguments (1 given)
# expect: 'abc' isprintable () True
# expect: 'abc' isprintable (1,) TypeError: str.isprintable() takes no arguments (1 given)
# expect: 'abc' isascii () True
# expect: 'abc' isascii (1,) TypeError: str.isascii() takes no arguments (1 given)
# expect: 'abc' isidentifier () True
# expect: 'abc' isidentifier (1,) TypeError: str.isidentifier() takes no arguments (1 given)
# expect: 'abc' isupper () False
# expect: 'abc' isupper (1,) TypeError: str.isupper() takes no arguments (1 given)
# expect: 'abc' islower () True
# expect: 'abc' islower (1,) TypeError: str.islower() takes no arguments (1 given)
# expect: 'abc' istitle () False
# expect: 'abc' istitle (1,) TypeError: str.istitle() takes no arguments (1 given)
# expect: 'abc' center () TypeError: center expected at least 1 argument, got 0
# expect: 'abc' center (1,) 'abc'
# expect: 'abc' center ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' center (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: 'abc' center ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' center ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: 'abc' center ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center (-1,) 'abc'
# expect: 'abc' center (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: 'abc' center (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' center ('a', 'b', 'c') TypeError: center expected at most 2 arguments, got 3
# expect: 'abc' center ('a', 'b', 1.5) TypeError: center expected at most 2 arguments, got 3
# expect: 'abc' center ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center (True,) 'abc'
# expect: 'abc' center ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center ('b', None, -1) TypeError: center expected at most 2 arguments, got 3
# expect: 'abc' center ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center ('ab', 1, 1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: 'abc' center ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' center ('a', 0, -1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: 'abc' center (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' center (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' center (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' ljust () TypeError: ljust expected at least 1 argument, got 0
# expect: 'abc' ljust (1,) 'abc'
# expect: 'abc' ljust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' ljust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: 'abc' ljust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' ljust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: 'abc' ljust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust (-1,) 'abc'
# expect: 'abc' ljust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: 'abc' ljust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' ljust ('a', 'b', 'c') TypeError: ljust expected at most 2 arguments, got 3
# expect: 'abc' ljust ('a', 'b', 1.5) TypeError: ljust expected at most 2 arguments, got 3
# expect: 'abc' ljust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust (True,) 'abc'
# expect: 'abc' ljust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust ('b', None, -1) TypeError: ljust expected at most 2 arguments, got 3
# expect: 'abc' ljust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust ('ab', 1, 1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: 'abc' ljust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' ljust ('a', 0, -1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: 'abc' ljust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' ljust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' ljust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' rjust () TypeError: rjust expected at least 1 argument, got 0
# expect: 'abc' rjust (1,) 'abc'
# expect: 'abc' rjust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' rjust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: 'abc' rjust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' rjust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: 'abc' rjust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust (-1,) 'abc'
# expect: 'abc' rjust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: 'abc' rjust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' rjust ('a', 'b', 'c') TypeError: rjust expected at most 2 arguments, got 3
# expect: 'abc' rjust ('a', 'b', 1.5) TypeError: rjust expected at most 2 arguments, got 3
# expect: 'abc' rjust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust (True,) 'abc'
# expect: 'abc' rjust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust ('b', None, -1) TypeError: rjust expected at most 2 arguments, got 3
# expect: 'abc' rjust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust ('ab', 1, 1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: 'abc' rjust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' rjust ('a', 0, -1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: 'abc' rjust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' rjust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' rjust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' format () 'abc'
# expect: 'abc' format (1,) 'abc'
# expect: 'abc' format ('x',) 'abc'
# expect: 'abc' format (None,) 'abc'
# expect: 'abc' format (1, 2) 'abc'
# expect: 'abc' format ('a', 'b') 'abc'
# expect: 'abc' format ('a', 1) 'abc'
# expect: 'abc' format (1.5,) 'abc'
# expect: 'abc' format ([],) 'abc'
# expect: 'abc' format ('',) 'abc'
# expect: 'abc' format (-1,) 'abc'
# expect: 'abc' format (1180591620717411303424,) 'abc'
# expect: 'abc' format (('a', 1),) 'abc'
# expect: 'abc' format ('a', 'b', 'c') 'abc'
# expect: 'abc' format ('a', 'b', 1.5) 'abc'
# expect: 'abc' format ('é',) 'abc'
# expect: 'abc' format (True,) 'abc'
# expect: 'abc' format ('a', -2) 'abc'
# expect: 'abc' format ('b', None, -1) 'abc'
# expect: 'abc' format ('', 3) 'abc'
# expect: 'abc' format ('', 5) 'abc'
# expect: 'abc' format ('ab', 1, 1180591620717411303424) 'abc'
# expect: 'abc' format ((), 0) 'abc'
# expect: 'abc' format ('a', 0, -1180591620717411303424) 'abc'
# expect: 'abc' format (' ', 1) 'abc'
# expect: 'abc' format (None, 1) 'abc'
# expect: 'abc' format (None, 0) 'abc'
# expect: 'abc' zfill () TypeError: str.zfill() takes exactly one argument (0 given)
# expect: 'abc' zfill (1,) 'abc'
# expect: 'abc' zfill ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' zfill (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' zfill (1, 2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill ('a', 'b') TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill ('a', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' zfill ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: 'abc' zfill ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' zfill (-1,) 'abc'
# expect: 'abc' zfill (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: 'abc' zfill (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' zfill ('a', 'b', 'c') TypeError: str.zfill() takes exactly one argument (3 given)
# expect: 'abc' zfill ('a', 'b', 1.5) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: 'abc' zfill ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' zfill (True,) 'abc'
# expect: 'abc' zfill ('a', -2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill ('b', None, -1) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: 'abc' zfill ('', 3) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill ('', 5) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill ('ab', 1, 1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: 'abc' zfill ((), 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill ('a', 0, -1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: 'abc' zfill (' ', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill (None, 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' zfill (None, 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: 'abc' partition () TypeError: str.partition() takes exactly one argument (0 given)
# expect: 'abc' partition (1,) TypeError: must be str, not int
# expect: 'abc' partition ('x',) ('abc', '', '')
# expect: 'abc' partition (None,) TypeError: must be str, not NoneType
# expect: 'abc' partition (1, 2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition ('a', 'b') TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition ('a', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition (1.5,) TypeError: must be str, not float
# expect: 'abc' partition ([],) TypeError: must be str, not list
# expect: 'abc' partition ('',) ValueError: empty separator
# expect: 'abc' partition (-1,) TypeError: must be str, not int
# expect: 'abc' partition (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' partition (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' partition ('a', 'b', 'c') TypeError: str.partition() takes exactly one argument (3 given)
# expect: 'abc' partition ('a', 'b', 1.5) TypeError: str.partition() takes exactly one argument (3 given)
# expect: 'abc' partition ('é',) ('abc', '', '')
# expect: 'abc' partition (True,) TypeError: must be str, not bool
# expect: 'abc' partition ('a', -2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition ('b', None, -1) TypeError: str.partition() takes exactly one argument (3 given)
# expect: 'abc' partition ('', 3) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition ('', 5) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition ('ab', 1, 1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: 'abc' partition ((), 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition ('a', 0, -1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: 'abc' partition (' ', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition (None, 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' partition (None, 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: 'abc' rpartition () TypeError: str.rpartition() takes exactly one argument (0 given)
# expect: 'abc' rpartition (1,) TypeError: must be str, not int
# expect: 'abc' rpartition ('x',) ('', '', 'abc')
# expect: 'abc' rpartition (None,) TypeError: must be str, not NoneType
# expect: 'abc' rpartition (1, 2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition ('a', 'b') TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition ('a', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition (1.5,) TypeError: must be str, not float
# expect: 'abc' rpartition ([],) TypeError: must be str, not list
# expect: 'abc' rpartition ('',) ValueError: empty separator
# expect: 'abc' rpartition (-1,) TypeError: must be str, not int
# expect: 'abc' rpartition (1180591620717411303424,) TypeError: must be str, not int
# expect: 'abc' rpartition (('a', 1),) TypeError: must be str, not tuple
# expect: 'abc' rpartition ('a', 'b', 'c') TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: 'abc' rpartition ('a', 'b', 1.5) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: 'abc' rpartition ('é',) ('', '', 'abc')
# expect: 'abc' rpartition (True,) TypeError: must be str, not bool
# expect: 'abc' rpartition ('a', -2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition ('b', None, -1) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: 'abc' rpartition ('', 3) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition ('', 5) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition ('ab', 1, 1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: 'abc' rpartition ((), 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition ('a', 0, -1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: 'abc' rpartition (' ', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition (None, 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' rpartition (None, 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: 'abc' removeprefix () TypeError: str.removeprefix() takes exactly one argument (0 given)
# expect: 'abc' removeprefix (1,) TypeError: removeprefix() argument must be str, not int
# expect: 'abc' removeprefix ('x',) 'abc'
# expect: 'abc' removeprefix (None,) TypeError: removeprefix() argument must be str, not None
# expect: 'abc' removeprefix (1, 2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix ('a', 'b') TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix ('a', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix (1.5,) TypeError: removeprefix() argument must be str, not float
# expect: 'abc' removeprefix ([],) TypeError: removeprefix() argument must be str, not list
# expect: 'abc' removeprefix ('',) 'abc'
# expect: 'abc' removeprefix (-1,) TypeError: removeprefix() argument must be str, not int
# expect: 'abc' removeprefix (1180591620717411303424,) TypeError: removeprefix() argument must be str, not int
# expect: 'abc' removeprefix (('a', 1),) TypeError: removeprefix() argument must be str, not tuple
# expect: 'abc' removeprefix ('a', 'b', 'c') TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: 'abc' removeprefix ('a', 'b', 1.5) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: 'abc' removeprefix ('é',) 'abc'
# expect: 'abc' removeprefix (True,) TypeError: removeprefix() argument must be str, not bool
# expect: 'abc' removeprefix ('a', -2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix ('b', None, -1) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: 'abc' removeprefix ('', 3) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix ('', 5) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix ('ab', 1, 1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: 'abc' removeprefix ((), 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix ('a', 0, -1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: 'abc' removeprefix (' ', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix (None, 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removeprefix (None, 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix () TypeError: str.removesuffix() takes exactly one argument (0 given)
# expect: 'abc' removesuffix (1,) TypeError: removesuffix() argument must be str, not int
# expect: 'abc' removesuffix ('x',) 'abc'
# expect: 'abc' removesuffix (None,) TypeError: removesuffix() argument must be str, not None
# expect: 'abc' removesuffix (1, 2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix ('a', 'b') TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix ('a', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix (1.5,) TypeError: removesuffix() argument must be str, not float
# expect: 'abc' removesuffix ([],) TypeError: removesuffix() argument must be str, not list
# expect: 'abc' removesuffix ('',) 'abc'
# expect: 'abc' removesuffix (-1,) TypeError: removesuffix() argument must be str, not int
# expect: 'abc' removesuffix (1180591620717411303424,) TypeError: removesuffix() argument must be str, not int
# expect: 'abc' removesuffix (('a', 1),) TypeError: removesuffix() argument must be str, not tuple
# expect: 'abc' removesuffix ('a', 'b', 'c') TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: 'abc' removesuffix ('a', 'b', 1.5) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: 'abc' removesuffix ('é',) 'abc'
# expect: 'abc' removesuffix (True,) TypeError: removesuffix() argument must be str, not bool
# expect: 'abc' removesuffix ('a', -2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix ('b', None, -1) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: 'abc' removesuffix ('', 3) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix ('', 5) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix ('ab', 1, 1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: 'abc' removesuffix ((), 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix ('a', 0, -1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: 'abc' removesuffix (' ', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix (None, 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' removesuffix (None, 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: 'abc' expandtabs () 'abc'
# expect: 'abc' expandtabs (1,) 'abc'
# expect: 'abc' expandtabs ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' expandtabs (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: 'abc' expandtabs (1, 2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs ('a', 'b') TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs ('a', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: 'abc' expandtabs ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: 'abc' expandtabs ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' expandtabs (-1,) 'abc'
# expect: 'abc' expandtabs (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: 'abc' expandtabs (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: 'abc' expandtabs ('a', 'b', 'c') TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: 'abc' expandtabs ('a', 'b', 1.5) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: 'abc' expandtabs ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: 'abc' expandtabs (True,) 'abc'
# expect: 'abc' expandtabs ('a', -2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs ('b', None, -1) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: 'abc' expandtabs ('', 3) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs ('', 5) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs ('ab', 1, 1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: 'abc' expandtabs ((), 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs ('a', 0, -1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: 'abc' expandtabs (' ', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs (None, 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: 'abc' expandtabs (None, 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' upper () ''
# expect: '' upper (1,) TypeError: str.upper() takes no arguments (1 given)
# expect: '' lower () ''
# expect: '' lower (1,) TypeError: str.lower() takes no arguments (1 given)
# expect: '' casefold () ''
# expect: '' casefold (1,) TypeError: str.casefold() takes no arguments (1 given)
# expect: '' swapcase () ''
# expect: '' swapcase (1,) TypeError: str.swapcase() takes no arguments (1 given)
# expect: '' capitalize () ''
# expect: '' capitalize (1,) TypeError: str.capitalize() takes no arguments (1 given)
# expect: '' title () ''
# expect: '' title (1,) TypeError: str.title() takes no arguments (1 given)
# expect: '' strip () ''
# expect: '' strip (1,) TypeError: strip arg must be None or str
# expect: '' strip ('x',) ''
# expect: '' strip (None,) ''
# expect: '' strip (1, 2) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip ('a', 'b') TypeError: strip expected at most 1 argument, got 2
# expect: '' strip ('a', 1) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip (1.5,) TypeError: strip arg must be None or str
# expect: '' strip ([],) TypeError: strip arg must be None or str
# expect: '' strip ('',) ''
# expect: '' strip (-1,) TypeError: strip arg must be None or str
# expect: '' strip (1180591620717411303424,) TypeError: strip arg must be None or str
# expect: '' strip (('a', 1),) TypeError: strip arg must be None or str
# expect: '' strip ('a', 'b', 'c') TypeError: strip expected at most 1 argument, got 3
# expect: '' strip ('a', 'b', 1.5) TypeError: strip expected at most 1 argument, got 3
# expect: '' strip ('é',) ''
# expect: '' strip (True,) TypeError: strip arg must be None or str
# expect: '' strip ('a', -2) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip ('b', None, -1) TypeError: strip expected at most 1 argument, got 3
# expect: '' strip ('', 3) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip ('', 5) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip ('ab', 1, 1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: '' strip ((), 0) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip ('a', 0, -1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: '' strip (' ', 1) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip (None, 1) TypeError: strip expected at most 1 argument, got 2
# expect: '' strip (None, 0) TypeError: strip expected at most 1 argument, got 2
# expect: '' lstrip () ''
# expect: '' lstrip (1,) TypeError: lstrip arg must be None or str
# expect: '' lstrip ('x',) ''
# expect: '' lstrip (None,) ''
# expect: '' lstrip (1, 2) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip ('a', 'b') TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip ('a', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip (1.5,) TypeError: lstrip arg must be None or str
# expect: '' lstrip ([],) TypeError: lstrip arg must be None or str
# expect: '' lstrip ('',) ''
# expect: '' lstrip (-1,) TypeError: lstrip arg must be None or str
# expect: '' lstrip (1180591620717411303424,) TypeError: lstrip arg must be None or str
# expect: '' lstrip (('a', 1),) TypeError: lstrip arg must be None or str
# expect: '' lstrip ('a', 'b', 'c') TypeError: lstrip expected at most 1 argument, got 3
# expect: '' lstrip ('a', 'b', 1.5) TypeError: lstrip expected at most 1 argument, got 3
# expect: '' lstrip ('é',) ''
# expect: '' lstrip (True,) TypeError: lstrip arg must be None or str
# expect: '' lstrip ('a', -2) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip ('b', None, -1) TypeError: lstrip expected at most 1 argument, got 3
# expect: '' lstrip ('', 3) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip ('', 5) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip ('ab', 1, 1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: '' lstrip ((), 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip ('a', 0, -1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: '' lstrip (' ', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip (None, 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' lstrip (None, 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: '' rstrip () ''
# expect: '' rstrip (1,) TypeError: rstrip arg must be None or str
# expect: '' rstrip ('x',) ''
# expect: '' rstrip (None,) ''
# expect: '' rstrip (1, 2) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip ('a', 'b') TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip ('a', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip (1.5,) TypeError: rstrip arg must be None or str
# expect: '' rstrip ([],) TypeError: rstrip arg must be None or str
# expect: '' rstrip ('',) ''
# expect: '' rstrip (-1,) TypeError: rstrip arg must be None or str
# expect: '' rstrip (1180591620717411303424,) TypeError: rstrip arg must be None or str
# expect: '' rstrip (('a', 1),) TypeError: rstrip arg must be None or str
# expect: '' rstrip ('a', 'b', 'c') TypeError: rstrip expected at most 1 argument, got 3
# expect: '' rstrip ('a', 'b', 1.5) TypeError: rstrip expected at most 1 argument, got 3
# expect: '' rstrip ('é',) ''
# expect: '' rstrip (True,) TypeError: rstrip arg must be None or str
# expect: '' rstrip ('a', -2) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip ('b', None, -1) TypeError: rstrip expected at most 1 argument, got 3
# expect: '' rstrip ('', 3) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip ('', 5) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip ('ab', 1, 1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: '' rstrip ((), 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip ('a', 0, -1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: '' rstrip (' ', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip (None, 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' rstrip (None, 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: '' split () []
# expect: '' split (1,) TypeError: must be str or None, not int
# expect: '' split ('x',) ['']
# expect: '' split (None,) []
# expect: '' split (1, 2) TypeError: must be str or None, not int
# expect: '' split ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '' split ('a', 1) ['']
# expect: '' split (1.5,) TypeError: must be str or None, not float
# expect: '' split ([],) TypeError: must be str or None, not list
# expect: '' split ('',) ValueError: empty separator
# expect: '' split (-1,) TypeError: must be str or None, not int
# expect: '' split (1180591620717411303424,) TypeError: must be str or None, not int
# expect: '' split (('a', 1),) TypeError: must be str or None, not tuple
# expect: '' split ('a', 'b', 'c') TypeError: split() takes at most 2 arguments (3 given)
# expect: '' split ('a', 'b', 1.5) TypeError: split() takes at most 2 arguments (3 given)
# expect: '' split ('é',) ['']
# expect: '' split (True,) TypeError: must be str or None, not bool
# expect: '' split ('a', -2) ['']
# expect: '' split ('b', None, -1) TypeError: split() takes at most 2 arguments (3 given)
# expect: '' split ('', 3) ValueError: empty separator
# expect: '' split ('', 5) ValueError: empty separator
# expect: '' split ('ab', 1, 1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: '' split ((), 0) TypeError: must be str or None, not tuple
# expect: '' split ('a', 0, -1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: '' split (' ', 1) ['']
# expect: '' split (None, 1) []
# expect: '' split (None, 0) []
# expect: '' rsplit () []
# expect: '' rsplit (1,) TypeError: must be str or None, not int
# expect: '' rsplit ('x',) ['']
# expect: '' rsplit (None,) []
# expect: '' rsplit (1, 2) TypeError: must be str or None, not int
# expect: '' rsplit ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rsplit ('a', 1) ['']
# expect: '' rsplit (1.5,) TypeError: must be str or None, not float
# expect: '' rsplit ([],) TypeError: must be str or None, not list
# expect: '' rsplit ('',) ValueError: empty separator
# expect: '' rsplit (-1,) TypeError: must be str or None, not int
# expect: '' rsplit (1180591620717411303424,) TypeError: must be str or None, not int
# expect: '' rsplit (('a', 1),) TypeError: must be str or None, not tuple
# expect: '' rsplit ('a', 'b', 'c') TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '' rsplit ('a', 'b', 1.5) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '' rsplit ('é',) ['']
# expect: '' rsplit (True,) TypeError: must be str or None, not bool
# expect: '' rsplit ('a', -2) ['']
# expect: '' rsplit ('b', None, -1) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '' rsplit ('', 3) ValueError: empty separator
# expect: '' rsplit ('', 5) ValueError: empty separator
# expect: '' rsplit ('ab', 1, 1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '' rsplit ((), 0) TypeError: must be str or None, not tuple
# expect: '' rsplit ('a', 0, -1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '' rsplit (' ', 1) ['']
# expect: '' rsplit (None, 1) []
# expect: '' rsplit (None, 0) []
# expect: '' rindex () TypeError: rindex() takes at least 1 argument (0 given)
# expect: '' rindex (1,) TypeError: must be str, not int
# expect: '' rindex ('x',) ValueError: substring not found
# expect: '' rindex (None,) TypeError: must be str, not NoneType
# expect: '' rindex (1, 2) TypeError: must be str, not int
# expect: '' rindex ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' rindex ('a', 1) ValueError: substring not found
# expect: '' rindex (1.5,) TypeError: must be str, not float
# expect: '' rindex ([],) TypeError: must be str, not list
# expect: '' rindex ('',) 0
# expect: '' rindex (-1,) TypeError: must be str, not int
# expect: '' rindex (1180591620717411303424,) TypeError: must be str, not int
# expect: '' rindex (('a', 1),) TypeError: must be str, not tuple
# expect: '' rindex ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' rindex ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' rindex ('é',) ValueError: substring not found
# expect: '' rindex (True,) TypeError: must be str, not bool
# expect: '' rindex ('a', -2) ValueError: substring not found
# expect: '' rindex ('b', None, -1) ValueError: substring not found
# expect: '' rindex ('', 3) ValueError: substring not found
# expect: '' rindex ('', 5) ValueError: substring not found
# expect: '' rindex ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: '' rindex ((), 0) TypeError: must be str, not tuple
# expect: '' rindex ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: '' rindex (' ', 1) ValueError: substring not found
# expect: '' rindex (None, 1) TypeError: must be str, not NoneType
# expect: '' rindex (None, 0) TypeError: must be str, not NoneType
# expect: '' splitlines () []
# expect: '' splitlines (1,) []
# expect: '' splitlines ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' splitlines (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' splitlines (1, 2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines ('a', 'b') TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines ('a', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' splitlines ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '' splitlines ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' splitlines (-1,) []
# expect: '' splitlines (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: '' splitlines (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' splitlines ('a', 'b', 'c') TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '' splitlines ('a', 'b', 1.5) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '' splitlines ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' splitlines (True,) []
# expect: '' splitlines ('a', -2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines ('b', None, -1) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '' splitlines ('', 3) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines ('', 5) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines ('ab', 1, 1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '' splitlines ((), 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines ('a', 0, -1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '' splitlines (' ', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines (None, 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' splitlines (None, 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '' join () TypeError: str.join() takes exactly one argument (0 given)
# expect: '' join (1,) TypeError: can only join an iterable
# expect: '' join ('x',) 'x'
# expect: '' join (None,) TypeError: can only join an iterable
# expect: '' join (1, 2) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join ('a', 'b') TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join ('a', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join (1.5,) TypeError: can only join an iterable
# expect: '' join ([],) ''
# expect: '' join ('',) ''
# expect: '' join (-1,) TypeError: can only join an iterable
# expect: '' join (1180591620717411303424,) TypeError: can only join an iterable
# expect: '' join (('a', 1),) TypeError: sequence item 1: expected str instance, int found
# expect: '' join ('a', 'b', 'c') TypeError: str.join() takes exactly one argument (3 given)
# expect: '' join ('a', 'b', 1.5) TypeError: str.join() takes exactly one argument (3 given)
# expect: '' join ('é',) 'é'
# expect: '' join (True,) TypeError: can only join an iterable
# expect: '' join ('a', -2) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join ('b', None, -1) TypeError: str.join() takes exactly one argument (3 given)
# expect: '' join ('', 3) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join ('', 5) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join ('ab', 1, 1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: '' join ((), 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join ('a', 0, -1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: '' join (' ', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join (None, 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' join (None, 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: '' startswith () TypeError: startswith() takes at least 1 argument (0 given)
# expect: '' startswith (1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '' startswith ('x',) False
# expect: '' startswith (None,) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: '' startswith (1, 2) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '' startswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' startswith ('a', 1) False
# expect: '' startswith (1.5,) TypeError: startswith first arg must be str or a tuple of str, not float
# expect: '' startswith ([],) TypeError: startswith first arg must be str or a tuple of str, not list
# expect: '' startswith ('',) True
# expect: '' startswith (-1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '' startswith (1180591620717411303424,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '' startswith (('a', 1),) TypeError: tuple for startswith must only contain str, not int
# expect: '' startswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' startswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' startswith ('é',) False
# expect: '' startswith (True,) TypeError: startswith first arg must be str or a tuple of str, not bool
# expect: '' startswith ('a', -2) False
# expect: '' startswith ('b', None, -1) False
# expect: '' startswith ('', 3) False
# expect: '' startswith ('', 5) False
# expect: '' startswith ('ab', 1, 1180591620717411303424) False
# expect: '' startswith ((), 0) False
# expect: '' startswith ('a', 0, -1180591620717411303424) False
# expect: '' startswith (' ', 1) False
# expect: '' startswith (None, 1) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: '' startswith (None, 0) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: '' endswith () TypeError: endswith() takes at least 1 argument (0 given)
# expect: '' endswith (1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '' endswith ('x',) False
# expect: '' endswith (None,) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: '' endswith (1, 2) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '' endswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' endswith ('a', 1) False
# expect: '' endswith (1.5,) TypeError: endswith first arg must be str or a tuple of str, not float
# expect: '' endswith ([],) TypeError: endswith first arg must be str or a tuple of str, not list
# expect: '' endswith ('',) True
# expect: '' endswith (-1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '' endswith (1180591620717411303424,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '' endswith (('a', 1),) TypeError: tuple for endswith must only contain str, not int
# expect: '' endswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' endswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' endswith ('é',) False
# expect: '' endswith (True,) TypeError: endswith first arg must be str or a tuple of str, not bool
# expect: '' endswith ('a', -2) False
# expect: '' endswith ('b', None, -1) False
# expect: '' endswith ('', 3) False
# expect: '' endswith ('', 5) False
# expect: '' endswith ('ab', 1, 1180591620717411303424) False
# expect: '' endswith ((), 0) False
# expect: '' endswith ('a', 0, -1180591620717411303424) False
# expect: '' endswith (' ', 1) False
# expect: '' endswith (None, 1) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: '' endswith (None, 0) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: '' replace () TypeError: replace expected at least 2 arguments, got 0
# expect: '' replace (1,) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace ('x',) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace (None,) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace (1, 2) TypeError: replace() argument 1 must be str, not int
# expect: '' replace ('a', 'b') ''
# expect: '' replace ('a', 1) TypeError: replace() argument 2 must be str, not int
# expect: '' replace (1.5,) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace ([],) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace ('',) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace (-1,) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace (1180591620717411303424,) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace (('a', 1),) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace ('a', 'b', 'c') TypeError: 'str' object cannot be interpreted as an integer
# expect: '' replace ('a', 'b', 1.5) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' replace ('é',) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace (True,) TypeError: replace expected at least 2 arguments, got 1
# expect: '' replace ('a', -2) TypeError: replace() argument 2 must be str, not int
# expect: '' replace ('b', None, -1) TypeError: replace() argument 2 must be str, not None
# expect: '' replace ('', 3) TypeError: replace() argument 2 must be str, not int
# expect: '' replace ('', 5) TypeError: replace() argument 2 must be str, not int
# expect: '' replace ('ab', 1, 1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: '' replace ((), 0) TypeError: replace() argument 1 must be str, not tuple
# expect: '' replace ('a', 0, -1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: '' replace (' ', 1) TypeError: replace() argument 2 must be str, not int
# expect: '' replace (None, 1) TypeError: replace() argument 1 must be str, not None
# expect: '' replace (None, 0) TypeError: replace() argument 1 must be str, not None
# expect: '' find () TypeError: find() takes at least 1 argument (0 given)
# expect: '' find (1,) TypeError: must be str, not int
# expect: '' find ('x',) -1
# expect: '' find (None,) TypeError: must be str, not NoneType
# expect: '' find (1, 2) TypeError: must be str, not int
# expect: '' find ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' find ('a', 1) -1
# expect: '' find (1.5,) TypeError: must be str, not float
# expect: '' find ([],) TypeError: must be str, not list
# expect: '' find ('',) 0
# expect: '' find (-1,) TypeError: must be str, not int
# expect: '' find (1180591620717411303424,) TypeError: must be str, not int
# expect: '' find (('a', 1),) TypeError: must be str, not tuple
# expect: '' find ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' find ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' find ('é',) -1
# expect: '' find (True,) TypeError: must be str, not bool
# expect: '' find ('a', -2) -1
# expect: '' find ('b', None, -1) -1
# expect: '' find ('', 3) -1
# expect: '' find ('', 5) -1
# expect: '' find ('ab', 1, 1180591620717411303424) -1
# expect: '' find ((), 0) TypeError: must be str, not tuple
# expect: '' find ('a', 0, -1180591620717411303424) -1
# expect: '' find (' ', 1) -1
# expect: '' find (None, 1) TypeError: must be str, not NoneType
# expect: '' find (None, 0) TypeError: must be str, not NoneType
# expect: '' rfind () TypeError: rfind() takes at least 1 argument (0 given)
# expect: '' rfind (1,) TypeError: must be str, not int
# expect: '' rfind ('x',) -1
# expect: '' rfind (None,) TypeError: must be str, not NoneType
# expect: '' rfind (1, 2) TypeError: must be str, not int
# expect: '' rfind ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' rfind ('a', 1) -1
# expect: '' rfind (1.5,) TypeError: must be str, not float
# expect: '' rfind ([],) TypeError: must be str, not list
# expect: '' rfind ('',) 0
# expect: '' rfind (-1,) TypeError: must be str, not int
# expect: '' rfind (1180591620717411303424,) TypeError: must be str, not int
# expect: '' rfind (('a', 1),) TypeError: must be str, not tuple
# expect: '' rfind ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' rfind ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' rfind ('é',) -1
# expect: '' rfind (True,) TypeError: must be str, not bool
# expect: '' rfind ('a', -2) -1
# expect: '' rfind ('b', None, -1) -1
# expect: '' rfind ('', 3) -1
# expect: '' rfind ('', 5) -1
# expect: '' rfind ('ab', 1, 1180591620717411303424) -1
# expect: '' rfind ((), 0) TypeError: must be str, not tuple
# expect: '' rfind ('a', 0, -1180591620717411303424) -1
# expect: '' rfind (' ', 1) -1
# expect: '' rfind (None, 1) TypeError: must be str, not NoneType
# expect: '' rfind (None, 0) TypeError: must be str, not NoneType
# expect: '' index () TypeError: index() takes at least 1 argument (0 given)
# expect: '' index (1,) TypeError: must be str, not int
# expect: '' index ('x',) ValueError: substring not found
# expect: '' index (None,) TypeError: must be str, not NoneType
# expect: '' index (1, 2) TypeError: must be str, not int
# expect: '' index ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' index ('a', 1) ValueError: substring not found
# expect: '' index (1.5,) TypeError: must be str, not float
# expect: '' index ([],) TypeError: must be str, not list
# expect: '' index ('',) 0
# expect: '' index (-1,) TypeError: must be str, not int
# expect: '' index (1180591620717411303424,) TypeError: must be str, not int
# expect: '' index (('a', 1),) TypeError: must be str, not tuple
# expect: '' index ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' index ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' index ('é',) ValueError: substring not found
# expect: '' index (True,) TypeError: must be str, not bool
# expect: '' index ('a', -2) ValueError: substring not found
# expect: '' index ('b', None, -1) ValueError: substring not found
# expect: '' index ('', 3) ValueError: substring not found
# expect: '' index ('', 5) ValueError: substring not found
# expect: '' index ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: '' index ((), 0) TypeError: must be str, not tuple
# expect: '' index ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: '' index (' ', 1) ValueError: substring not found
# expect: '' index (None, 1) TypeError: must be str, not NoneType
# expect: '' index (None, 0) TypeError: must be str, not NoneType
# expect: '' count () TypeError: count() takes at least 1 argument (0 given)
# expect: '' count (1,) TypeError: must be str, not int
# expect: '' count ('x',) 0
# expect: '' count (None,) TypeError: must be str, not NoneType
# expect: '' count (1, 2) TypeError: must be str, not int
# expect: '' count ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' count ('a', 1) 0
# expect: '' count (1.5,) TypeError: must be str, not float
# expect: '' count ([],) TypeError: must be str, not list
# expect: '' count ('',) 1
# expect: '' count (-1,) TypeError: must be str, not int
# expect: '' count (1180591620717411303424,) TypeError: must be str, not int
# expect: '' count (('a', 1),) TypeError: must be str, not tuple
# expect: '' count ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' count ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '' count ('é',) 0
# expect: '' count (True,) TypeError: must be str, not bool
# expect: '' count ('a', -2) 0
# expect: '' count ('b', None, -1) 0
# expect: '' count ('', 3) 0
# expect: '' count ('', 5) 0
# expect: '' count ('ab', 1, 1180591620717411303424) 0
# expect: '' count ((), 0) TypeError: must be str, not tuple
# expect: '' count ('a', 0, -1180591620717411303424) 0
# expect: '' count (' ', 1) 0
# expect: '' count (None, 1) TypeError: must be str, not NoneType
# expect: '' count (None, 0) TypeError: must be str, not NoneType
# expect: '' isdigit () False
# expect: '' isdigit (1,) TypeError: str.isdigit() takes no arguments (1 given)
# expect: '' isdecimal () False
# expect: '' isdecimal (1,) TypeError: str.isdecimal() takes no arguments (1 given)
# expect: '' isnumeric () False
# expect: '' isnumeric (1,) TypeError: str.isnumeric() takes no arguments (1 given)
# expect: '' isalpha () False
# expect: '' isalpha (1,) TypeError: str.isalpha() takes no arguments (1 given)
# expect: '' isalnum () False
# expect: '' isalnum (1,) TypeError: str.isalnum() takes no arguments (1 given)
# expect: '' isspace () False
# expect: '' isspace (1,) TypeError: str.isspace() takes no arguments (1 given)
# expect: '' isprintable () True
# expect: '' isprintable (1,) TypeError: str.isprintable() takes no arguments (1 given)
# expect: '' isascii () True
# expect: '' isascii (1,) TypeError: str.isascii() takes no arguments (1 given)
# expect: '' isidentifier () False
# expect: '' isidentifier (1,) TypeError: str.isidentifier() takes no arguments (1 given)
# expect: '' isupper () False
# expect: '' isupper (1,) TypeError: str.isupper() takes no arguments (1 given)
# expect: '' islower () False
# expect: '' islower (1,) TypeError: str.islower() takes no arguments (1 given)
# expect: '' istitle () False
# expect: '' istitle (1,) TypeError: str.istitle() takes no arguments (1 given)
# expect: '' center () TypeError: center expected at least 1 argument, got 0
# expect: '' center (1,) ' '
# expect: '' center ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' center (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: '' center ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' center ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '' center ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center (-1,) ''
# expect: '' center (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '' center (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' center ('a', 'b', 'c') TypeError: center expected at most 2 arguments, got 3
# expect: '' center ('a', 'b', 1.5) TypeError: center expected at most 2 arguments, got 3
# expect: '' center ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center (True,) ' '
# expect: '' center ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center ('b', None, -1) TypeError: center expected at most 2 arguments, got 3
# expect: '' center ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center ('ab', 1, 1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: '' center ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' center ('a', 0, -1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: '' center (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' center (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' center (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' ljust () TypeError: ljust expected at least 1 argument, got 0
# expect: '' ljust (1,) ' '
# expect: '' ljust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' ljust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: '' ljust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' ljust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '' ljust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust (-1,) ''
# expect: '' ljust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '' ljust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' ljust ('a', 'b', 'c') TypeError: ljust expected at most 2 arguments, got 3
# expect: '' ljust ('a', 'b', 1.5) TypeError: ljust expected at most 2 arguments, got 3
# expect: '' ljust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust (True,) ' '
# expect: '' ljust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust ('b', None, -1) TypeError: ljust expected at most 2 arguments, got 3
# expect: '' ljust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust ('ab', 1, 1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: '' ljust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' ljust ('a', 0, -1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: '' ljust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' ljust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' ljust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' rjust () TypeError: rjust expected at least 1 argument, got 0
# expect: '' rjust (1,) ' '
# expect: '' rjust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' rjust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: '' rjust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' rjust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '' rjust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust (-1,) ''
# expect: '' rjust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '' rjust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' rjust ('a', 'b', 'c') TypeError: rjust expected at most 2 arguments, got 3
# expect: '' rjust ('a', 'b', 1.5) TypeError: rjust expected at most 2 arguments, got 3
# expect: '' rjust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust (True,) ' '
# expect: '' rjust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust ('b', None, -1) TypeError: rjust expected at most 2 arguments, got 3
# expect: '' rjust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust ('ab', 1, 1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: '' rjust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' rjust ('a', 0, -1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: '' rjust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' rjust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' rjust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' format () ''
# expect: '' format (1,) ''
# expect: '' format ('x',) ''
# expect: '' format (None,) ''
# expect: '' format (1, 2) ''
# expect: '' format ('a', 'b') ''
# expect: '' format ('a', 1) ''
# expect: '' format (1.5,) ''
# expect: '' format ([],) ''
# expect: '' format ('',) ''
# expect: '' format (-1,) ''
# expect: '' format (1180591620717411303424,) ''
# expect: '' format (('a', 1),) ''
# expect: '' format ('a', 'b', 'c') ''
# expect: '' format ('a', 'b', 1.5) ''
# expect: '' format ('é',) ''
# expect: '' format (True,) ''
# expect: '' format ('a', -2) ''
# expect: '' format ('b', None, -1) ''
# expect: '' format ('', 3) ''
# expect: '' format ('', 5) ''
# expect: '' format ('ab', 1, 1180591620717411303424) ''
# expect: '' format ((), 0) ''
# expect: '' format ('a', 0, -1180591620717411303424) ''
# expect: '' format (' ', 1) ''
# expect: '' format (None, 1) ''
# expect: '' format (None, 0) ''
# expect: '' zfill () TypeError: str.zfill() takes exactly one argument (0 given)
# expect: '' zfill (1,) '0'
# expect: '' zfill ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' zfill (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' zfill (1, 2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill ('a', 'b') TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill ('a', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' zfill ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '' zfill ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' zfill (-1,) ''
# expect: '' zfill (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '' zfill (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' zfill ('a', 'b', 'c') TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '' zfill ('a', 'b', 1.5) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '' zfill ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' zfill (True,) '0'
# expect: '' zfill ('a', -2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill ('b', None, -1) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '' zfill ('', 3) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill ('', 5) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill ('ab', 1, 1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '' zfill ((), 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill ('a', 0, -1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '' zfill (' ', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill (None, 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' zfill (None, 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '' partition () TypeError: str.partition() takes exactly one argument (0 given)
# expect: '' partition (1,) TypeError: must be str, not int
# expect: '' partition ('x',) ('', '', '')
# expect: '' partition (None,) TypeError: must be str, not NoneType
# expect: '' partition (1, 2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition ('a', 'b') TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition ('a', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition (1.5,) TypeError: must be str, not float
# expect: '' partition ([],) TypeError: must be str, not list
# expect: '' partition ('',) ValueError: empty separator
# expect: '' partition (-1,) TypeError: must be str, not int
# expect: '' partition (1180591620717411303424,) TypeError: must be str, not int
# expect: '' partition (('a', 1),) TypeError: must be str, not tuple
# expect: '' partition ('a', 'b', 'c') TypeError: str.partition() takes exactly one argument (3 given)
# expect: '' partition ('a', 'b', 1.5) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '' partition ('é',) ('', '', '')
# expect: '' partition (True,) TypeError: must be str, not bool
# expect: '' partition ('a', -2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition ('b', None, -1) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '' partition ('', 3) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition ('', 5) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition ('ab', 1, 1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '' partition ((), 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition ('a', 0, -1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '' partition (' ', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition (None, 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' partition (None, 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '' rpartition () TypeError: str.rpartition() takes exactly one argument (0 given)
# expect: '' rpartition (1,) TypeError: must be str, not int
# expect: '' rpartition ('x',) ('', '', '')
# expect: '' rpartition (None,) TypeError: must be str, not NoneType
# expect: '' rpartition (1, 2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition ('a', 'b') TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition ('a', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition (1.5,) TypeError: must be str, not float
# expect: '' rpartition ([],) TypeError: must be str, not list
# expect: '' rpartition ('',) ValueError: empty separator
# expect: '' rpartition (-1,) TypeError: must be str, not int
# expect: '' rpartition (1180591620717411303424,) TypeError: must be str, not int
# expect: '' rpartition (('a', 1),) TypeError: must be str, not tuple
# expect: '' rpartition ('a', 'b', 'c') TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '' rpartition ('a', 'b', 1.5) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '' rpartition ('é',) ('', '', '')
# expect: '' rpartition (True,) TypeError: must be str, not bool
# expect: '' rpartition ('a', -2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition ('b', None, -1) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '' rpartition ('', 3) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition ('', 5) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition ('ab', 1, 1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '' rpartition ((), 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition ('a', 0, -1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '' rpartition (' ', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition (None, 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' rpartition (None, 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '' removeprefix () TypeError: str.removeprefix() takes exactly one argument (0 given)
# expect: '' removeprefix (1,) TypeError: removeprefix() argument must be str, not int
# expect: '' removeprefix ('x',) ''
# expect: '' removeprefix (None,) TypeError: removeprefix() argument must be str, not None
# expect: '' removeprefix (1, 2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix ('a', 'b') TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix ('a', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix (1.5,) TypeError: removeprefix() argument must be str, not float
# expect: '' removeprefix ([],) TypeError: removeprefix() argument must be str, not list
# expect: '' removeprefix ('',) ''
# expect: '' removeprefix (-1,) TypeError: removeprefix() argument must be str, not int
# expect: '' removeprefix (1180591620717411303424,) TypeError: removeprefix() argument must be str, not int
# expect: '' removeprefix (('a', 1),) TypeError: removeprefix() argument must be str, not tuple
# expect: '' removeprefix ('a', 'b', 'c') TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '' removeprefix ('a', 'b', 1.5) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '' removeprefix ('é',) ''
# expect: '' removeprefix (True,) TypeError: removeprefix() argument must be str, not bool
# expect: '' removeprefix ('a', -2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix ('b', None, -1) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '' removeprefix ('', 3) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix ('', 5) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix ('ab', 1, 1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '' removeprefix ((), 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix ('a', 0, -1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '' removeprefix (' ', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix (None, 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removeprefix (None, 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '' removesuffix () TypeError: str.removesuffix() takes exactly one argument (0 given)
# expect: '' removesuffix (1,) TypeError: removesuffix() argument must be str, not int
# expect: '' removesuffix ('x',) ''
# expect: '' removesuffix (None,) TypeError: removesuffix() argument must be str, not None
# expect: '' removesuffix (1, 2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix ('a', 'b') TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix ('a', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix (1.5,) TypeError: removesuffix() argument must be str, not float
# expect: '' removesuffix ([],) TypeError: removesuffix() argument must be str, not list
# expect: '' removesuffix ('',) ''
# expect: '' removesuffix (-1,) TypeError: removesuffix() argument must be str, not int
# expect: '' removesuffix (1180591620717411303424,) TypeError: removesuffix() argument must be str, not int
# expect: '' removesuffix (('a', 1),) TypeError: removesuffix() argument must be str, not tuple
# expect: '' removesuffix ('a', 'b', 'c') TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '' removesuffix ('a', 'b', 1.5) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '' removesuffix ('é',) ''
# expect: '' removesuffix (True,) TypeError: removesuffix() argument must be str, not bool
# expect: '' removesuffix ('a', -2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix ('b', None, -1) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '' removesuffix ('', 3) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix ('', 5) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix ('ab', 1, 1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '' removesuffix ((), 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix ('a', 0, -1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '' removesuffix (' ', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix (None, 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' removesuffix (None, 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '' expandtabs () ''
# expect: '' expandtabs (1,) ''
# expect: '' expandtabs ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' expandtabs (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '' expandtabs (1, 2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs ('a', 'b') TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs ('a', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '' expandtabs ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '' expandtabs ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' expandtabs (-1,) ''
# expect: '' expandtabs (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: '' expandtabs (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '' expandtabs ('a', 'b', 'c') TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '' expandtabs ('a', 'b', 1.5) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '' expandtabs ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '' expandtabs (True,) ''
# expect: '' expandtabs ('a', -2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs ('b', None, -1) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '' expandtabs ('', 3) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs ('', 5) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs ('ab', 1, 1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '' expandtabs ((), 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs ('a', 0, -1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '' expandtabs (' ', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs (None, 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '' expandtabs (None, 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' upper () ' A  B\nC '
# expect: ' a  b\nc ' upper (1,) TypeError: str.upper() takes no arguments (1 given)
# expect: ' a  b\nc ' lower () ' a  b\nc '
# expect: ' a  b\nc ' lower (1,) TypeError: str.lower() takes no arguments (1 given)
# expect: ' a  b\nc ' casefold () ' a  b\nc '
# expect: ' a  b\nc ' casefold (1,) TypeError: str.casefold() takes no arguments (1 given)
# expect: ' a  b\nc ' swapcase () ' A  B\nC '
# expect: ' a  b\nc ' swapcase (1,) TypeError: str.swapcase() takes no arguments (1 given)
# expect: ' a  b\nc ' capitalize () ' a  b\nc '
# expect: ' a  b\nc ' capitalize (1,) TypeError: str.capitalize() takes no arguments (1 given)
# expect: ' a  b\nc ' title () ' A  B\nC '
# expect: ' a  b\nc ' title (1,) TypeError: str.title() takes no arguments (1 given)
# expect: ' a  b\nc ' strip () 'a  b\nc'
# expect: ' a  b\nc ' strip (1,) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip ('x',) ' a  b\nc '
# expect: ' a  b\nc ' strip (None,) 'a  b\nc'
# expect: ' a  b\nc ' strip (1, 2) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip ('a', 'b') TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip ('a', 1) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip (1.5,) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip ([],) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip ('',) ' a  b\nc '
# expect: ' a  b\nc ' strip (-1,) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip (1180591620717411303424,) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip (('a', 1),) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip ('a', 'b', 'c') TypeError: strip expected at most 1 argument, got 3
# expect: ' a  b\nc ' strip ('a', 'b', 1.5) TypeError: strip expected at most 1 argument, got 3
# expect: ' a  b\nc ' strip ('é',) ' a  b\nc '
# expect: ' a  b\nc ' strip (True,) TypeError: strip arg must be None or str
# expect: ' a  b\nc ' strip ('a', -2) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip ('b', None, -1) TypeError: strip expected at most 1 argument, got 3
# expect: ' a  b\nc ' strip ('', 3) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip ('', 5) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip ('ab', 1, 1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: ' a  b\nc ' strip ((), 0) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip ('a', 0, -1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: ' a  b\nc ' strip (' ', 1) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip (None, 1) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' strip (None, 0) TypeError: strip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip () 'a  b\nc '
# expect: ' a  b\nc ' lstrip (1,) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip ('x',) ' a  b\nc '
# expect: ' a  b\nc ' lstrip (None,) 'a  b\nc '
# expect: ' a  b\nc ' lstrip (1, 2) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip ('a', 'b') TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip ('a', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip (1.5,) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip ([],) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip ('',) ' a  b\nc '
# expect: ' a  b\nc ' lstrip (-1,) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip (1180591620717411303424,) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip (('a', 1),) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip ('a', 'b', 'c') TypeError: lstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' lstrip ('a', 'b', 1.5) TypeError: lstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' lstrip ('é',) ' a  b\nc '
# expect: ' a  b\nc ' lstrip (True,) TypeError: lstrip arg must be None or str
# expect: ' a  b\nc ' lstrip ('a', -2) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip ('b', None, -1) TypeError: lstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' lstrip ('', 3) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip ('', 5) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip ('ab', 1, 1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' lstrip ((), 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip ('a', 0, -1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' lstrip (' ', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip (None, 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' lstrip (None, 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip () ' a  b\nc'
# expect: ' a  b\nc ' rstrip (1,) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip ('x',) ' a  b\nc '
# expect: ' a  b\nc ' rstrip (None,) ' a  b\nc'
# expect: ' a  b\nc ' rstrip (1, 2) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip ('a', 'b') TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip ('a', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip (1.5,) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip ([],) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip ('',) ' a  b\nc '
# expect: ' a  b\nc ' rstrip (-1,) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip (1180591620717411303424,) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip (('a', 1),) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip ('a', 'b', 'c') TypeError: rstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' rstrip ('a', 'b', 1.5) TypeError: rstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' rstrip ('é',) ' a  b\nc '
# expect: ' a  b\nc ' rstrip (True,) TypeError: rstrip arg must be None or str
# expect: ' a  b\nc ' rstrip ('a', -2) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip ('b', None, -1) TypeError: rstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' rstrip ('', 3) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip ('', 5) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip ('ab', 1, 1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' rstrip ((), 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip ('a', 0, -1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: ' a  b\nc ' rstrip (' ', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip (None, 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' rstrip (None, 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: ' a  b\nc ' split () ['a', 'b', 'c']
# expect: ' a  b\nc ' split (1,) TypeError: must be str or None, not int
# expect: ' a  b\nc ' split ('x',) [' a  b\nc ']
# expect: ' a  b\nc ' split (None,) ['a', 'b', 'c']
# expect: ' a  b\nc ' split (1, 2) TypeError: must be str or None, not int
# expect: ' a  b\nc ' split ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' split ('a', 1) [' ', '  b\nc ']
# expect: ' a  b\nc ' split (1.5,) TypeError: must be str or None, not float
# expect: ' a  b\nc ' split ([],) TypeError: must be str or None, not list
# expect: ' a  b\nc ' split ('',) ValueError: empty separator
# expect: ' a  b\nc ' split (-1,) TypeError: must be str or None, not int
# expect: ' a  b\nc ' split (1180591620717411303424,) TypeError: must be str or None, not int
# expect: ' a  b\nc ' split (('a', 1),) TypeError: must be str or None, not tuple
# expect: ' a  b\nc ' split ('a', 'b', 'c') TypeError: split() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' split ('a', 'b', 1.5) TypeError: split() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' split ('é',) [' a  b\nc ']
# expect: ' a  b\nc ' split (True,) TypeError: must be str or None, not bool
# expect: ' a  b\nc ' split ('a', -2) [' ', '  b\nc ']
# expect: ' a  b\nc ' split ('b', None, -1) TypeError: split() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' split ('', 3) ValueError: empty separator
# expect: ' a  b\nc ' split ('', 5) ValueError: empty separator
# expect: ' a  b\nc ' split ('ab', 1, 1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' split ((), 0) TypeError: must be str or None, not tuple
# expect: ' a  b\nc ' split ('a', 0, -1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' split (' ', 1) ['', 'a  b\nc ']
# expect: ' a  b\nc ' split (None, 1) ['a', 'b\nc ']
# expect: ' a  b\nc ' split (None, 0) ['a  b\nc ']
# expect: ' a  b\nc ' rsplit () ['a', 'b', 'c']
# expect: ' a  b\nc ' rsplit (1,) TypeError: must be str or None, not int
# expect: ' a  b\nc ' rsplit ('x',) [' a  b\nc ']
# expect: ' a  b\nc ' rsplit (None,) ['a', 'b', 'c']
# expect: ' a  b\nc ' rsplit (1, 2) TypeError: must be str or None, not int
# expect: ' a  b\nc ' rsplit ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rsplit ('a', 1) [' ', '  b\nc ']
# expect: ' a  b\nc ' rsplit (1.5,) TypeError: must be str or None, not float
# expect: ' a  b\nc ' rsplit ([],) TypeError: must be str or None, not list
# expect: ' a  b\nc ' rsplit ('',) ValueError: empty separator
# expect: ' a  b\nc ' rsplit (-1,) TypeError: must be str or None, not int
# expect: ' a  b\nc ' rsplit (1180591620717411303424,) TypeError: must be str or None, not int
# expect: ' a  b\nc ' rsplit (('a', 1),) TypeError: must be str or None, not tuple
# expect: ' a  b\nc ' rsplit ('a', 'b', 'c') TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' rsplit ('a', 'b', 1.5) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' rsplit ('é',) [' a  b\nc ']
# expect: ' a  b\nc ' rsplit (True,) TypeError: must be str or None, not bool
# expect: ' a  b\nc ' rsplit ('a', -2) [' ', '  b\nc ']
# expect: ' a  b\nc ' rsplit ('b', None, -1) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' rsplit ('', 3) ValueError: empty separator
# expect: ' a  b\nc ' rsplit ('', 5) ValueError: empty separator
# expect: ' a  b\nc ' rsplit ('ab', 1, 1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' rsplit ((), 0) TypeError: must be str or None, not tuple
# expect: ' a  b\nc ' rsplit ('a', 0, -1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: ' a  b\nc ' rsplit (' ', 1) [' a  b\nc', '']
# expect: ' a  b\nc ' rsplit (None, 1) [' a  b', 'c']
# expect: ' a  b\nc ' rsplit (None, 0) [' a  b\nc']
# expect: ' a  b\nc ' rindex () TypeError: rindex() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' rindex (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' rindex ('x',) ValueError: substring not found
# expect: ' a  b\nc ' rindex (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' rindex (1, 2) TypeError: must be str, not int
# expect: ' a  b\nc ' rindex ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' rindex ('a', 1) 1
# expect: ' a  b\nc ' rindex (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' rindex ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' rindex ('',) 8
# expect: ' a  b\nc ' rindex (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' rindex (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' rindex (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' rindex ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' rindex ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' rindex ('é',) ValueError: substring not found
# expect: ' a  b\nc ' rindex (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' rindex ('a', -2) ValueError: substring not found
# expect: ' a  b\nc ' rindex ('b', None, -1) 4
# expect: ' a  b\nc ' rindex ('', 3) 8
# expect: ' a  b\nc ' rindex ('', 5) 8
# expect: ' a  b\nc ' rindex ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: ' a  b\nc ' rindex ((), 0) TypeError: must be str, not tuple
# expect: ' a  b\nc ' rindex ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: ' a  b\nc ' rindex (' ', 1) 7
# expect: ' a  b\nc ' rindex (None, 1) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' rindex (None, 0) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' splitlines () [' a  b', 'c ']
# expect: ' a  b\nc ' splitlines (1,) [' a  b\n', 'c ']
# expect: ' a  b\nc ' splitlines ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines (1, 2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines ('a', 'b') TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines ('a', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines (-1,) [' a  b\n', 'c ']
# expect: ' a  b\nc ' splitlines (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: ' a  b\nc ' splitlines (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines ('a', 'b', 'c') TypeError: splitlines() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' splitlines ('a', 'b', 1.5) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' splitlines ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' splitlines (True,) [' a  b\n', 'c ']
# expect: ' a  b\nc ' splitlines ('a', -2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines ('b', None, -1) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' splitlines ('', 3) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines ('', 5) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines ('ab', 1, 1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' splitlines ((), 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines ('a', 0, -1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' splitlines (' ', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines (None, 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' splitlines (None, 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' join () TypeError: str.join() takes exactly one argument (0 given)
# expect: ' a  b\nc ' join (1,) TypeError: can only join an iterable
# expect: ' a  b\nc ' join ('x',) 'x'
# expect: ' a  b\nc ' join (None,) TypeError: can only join an iterable
# expect: ' a  b\nc ' join (1, 2) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join ('a', 'b') TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join ('a', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join (1.5,) TypeError: can only join an iterable
# expect: ' a  b\nc ' join ([],) ''
# expect: ' a  b\nc ' join ('',) ''
# expect: ' a  b\nc ' join (-1,) TypeError: can only join an iterable
# expect: ' a  b\nc ' join (1180591620717411303424,) TypeError: can only join an iterable
# expect: ' a  b\nc ' join (('a', 1),) TypeError: sequence item 1: expected str instance, int found
# expect: ' a  b\nc ' join ('a', 'b', 'c') TypeError: str.join() takes exactly one argument (3 given)
# expect: ' a  b\nc ' join ('a', 'b', 1.5) TypeError: str.join() takes exactly one argument (3 given)
# expect: ' a  b\nc ' join ('é',) 'é'
# expect: ' a  b\nc ' join (True,) TypeError: can only join an iterable
# expect: ' a  b\nc ' join ('a', -2) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join ('b', None, -1) TypeError: str.join() takes exactly one argument (3 given)
# expect: ' a  b\nc ' join ('', 3) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join ('', 5) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join ('ab', 1, 1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: ' a  b\nc ' join ((), 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join ('a', 0, -1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: ' a  b\nc ' join (' ', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join (None, 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' join (None, 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: ' a  b\nc ' startswith () TypeError: startswith() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' startswith (1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' startswith ('x',) False
# expect: ' a  b\nc ' startswith (None,) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: ' a  b\nc ' startswith (1, 2) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' startswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' startswith ('a', 1) True
# expect: ' a  b\nc ' startswith (1.5,) TypeError: startswith first arg must be str or a tuple of str, not float
# expect: ' a  b\nc ' startswith ([],) TypeError: startswith first arg must be str or a tuple of str, not list
# expect: ' a  b\nc ' startswith ('',) True
# expect: ' a  b\nc ' startswith (-1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' startswith (1180591620717411303424,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' startswith (('a', 1),) TypeError: tuple for startswith must only contain str, not int
# expect: ' a  b\nc ' startswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' startswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' startswith ('é',) False
# expect: ' a  b\nc ' startswith (True,) TypeError: startswith first arg must be str or a tuple of str, not bool
# expect: ' a  b\nc ' startswith ('a', -2) False
# expect: ' a  b\nc ' startswith ('b', None, -1) False
# expect: ' a  b\nc ' startswith ('', 3) True
# expect: ' a  b\nc ' startswith ('', 5) True
# expect: ' a  b\nc ' startswith ('ab', 1, 1180591620717411303424) False
# expect: ' a  b\nc ' startswith ((), 0) False
# expect: ' a  b\nc ' startswith ('a', 0, -1180591620717411303424) False
# expect: ' a  b\nc ' startswith (' ', 1) False
# expect: ' a  b\nc ' startswith (None, 1) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: ' a  b\nc ' startswith (None, 0) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: ' a  b\nc ' endswith () TypeError: endswith() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' endswith (1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' endswith ('x',) False
# expect: ' a  b\nc ' endswith (None,) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: ' a  b\nc ' endswith (1, 2) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' endswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' endswith ('a', 1) False
# expect: ' a  b\nc ' endswith (1.5,) TypeError: endswith first arg must be str or a tuple of str, not float
# expect: ' a  b\nc ' endswith ([],) TypeError: endswith first arg must be str or a tuple of str, not list
# expect: ' a  b\nc ' endswith ('',) True
# expect: ' a  b\nc ' endswith (-1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' endswith (1180591620717411303424,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: ' a  b\nc ' endswith (('a', 1),) TypeError: tuple for endswith must only contain str, not int
# expect: ' a  b\nc ' endswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' endswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' endswith ('é',) False
# expect: ' a  b\nc ' endswith (True,) TypeError: endswith first arg must be str or a tuple of str, not bool
# expect: ' a  b\nc ' endswith ('a', -2) False
# expect: ' a  b\nc ' endswith ('b', None, -1) False
# expect: ' a  b\nc ' endswith ('', 3) True
# expect: ' a  b\nc ' endswith ('', 5) True
# expect: ' a  b\nc ' endswith ('ab', 1, 1180591620717411303424) False
# expect: ' a  b\nc ' endswith ((), 0) False
# expect: ' a  b\nc ' endswith ('a', 0, -1180591620717411303424) False
# expect: ' a  b\nc ' endswith (' ', 1) True
# expect: ' a  b\nc ' endswith (None, 1) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: ' a  b\nc ' endswith (None, 0) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: ' a  b\nc ' replace () TypeError: replace expected at least 2 arguments, got 0
# expect: ' a  b\nc ' replace (1,) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace ('x',) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace (None,) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace (1, 2) TypeError: replace() argument 1 must be str, not int
# expect: ' a  b\nc ' replace ('a', 'b') ' b  b\nc '
# expect: ' a  b\nc ' replace ('a', 1) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace (1.5,) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace ([],) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace ('',) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace (-1,) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace (1180591620717411303424,) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace (('a', 1),) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace ('a', 'b', 'c') TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' replace ('a', 'b', 1.5) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' replace ('é',) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace (True,) TypeError: replace expected at least 2 arguments, got 1
# expect: ' a  b\nc ' replace ('a', -2) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace ('b', None, -1) TypeError: replace() argument 2 must be str, not None
# expect: ' a  b\nc ' replace ('', 3) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace ('', 5) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace ('ab', 1, 1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace ((), 0) TypeError: replace() argument 1 must be str, not tuple
# expect: ' a  b\nc ' replace ('a', 0, -1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace (' ', 1) TypeError: replace() argument 2 must be str, not int
# expect: ' a  b\nc ' replace (None, 1) TypeError: replace() argument 1 must be str, not None
# expect: ' a  b\nc ' replace (None, 0) TypeError: replace() argument 1 must be str, not None
# expect: ' a  b\nc ' find () TypeError: find() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' find (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' find ('x',) -1
# expect: ' a  b\nc ' find (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' find (1, 2) TypeError: must be str, not int
# expect: ' a  b\nc ' find ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' find ('a', 1) 1
# expect: ' a  b\nc ' find (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' find ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' find ('',) 0
# expect: ' a  b\nc ' find (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' find (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' find (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' find ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' find ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' find ('é',) -1
# expect: ' a  b\nc ' find (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' find ('a', -2) -1
# expect: ' a  b\nc ' find ('b', None, -1) 4
# expect: ' a  b\nc ' find ('', 3) 3
# expect: ' a  b\nc ' find ('', 5) 5
# expect: ' a  b\nc ' find ('ab', 1, 1180591620717411303424) -1
# expect: ' a  b\nc ' find ((), 0) TypeError: must be str, not tuple
# expect: ' a  b\nc ' find ('a', 0, -1180591620717411303424) -1
# expect: ' a  b\nc ' find (' ', 1) 2
# expect: ' a  b\nc ' find (None, 1) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' find (None, 0) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' rfind () TypeError: rfind() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' rfind (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' rfind ('x',) -1
# expect: ' a  b\nc ' rfind (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' rfind (1, 2) TypeError: must be str, not int
# expect: ' a  b\nc ' rfind ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' rfind ('a', 1) 1
# expect: ' a  b\nc ' rfind (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' rfind ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' rfind ('',) 8
# expect: ' a  b\nc ' rfind (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' rfind (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' rfind (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' rfind ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' rfind ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' rfind ('é',) -1
# expect: ' a  b\nc ' rfind (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' rfind ('a', -2) -1
# expect: ' a  b\nc ' rfind ('b', None, -1) 4
# expect: ' a  b\nc ' rfind ('', 3) 8
# expect: ' a  b\nc ' rfind ('', 5) 8
# expect: ' a  b\nc ' rfind ('ab', 1, 1180591620717411303424) -1
# expect: ' a  b\nc ' rfind ((), 0) TypeError: must be str, not tuple
# expect: ' a  b\nc ' rfind ('a', 0, -1180591620717411303424) -1
# expect: ' a  b\nc ' rfind (' ', 1) 7
# expect: ' a  b\nc ' rfind (None, 1) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' rfind (None, 0) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' index () TypeError: index() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' index (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' index ('x',) ValueError: substring not found
# expect: ' a  b\nc ' index (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' index (1, 2) TypeError: must be str, not int
# expect: ' a  b\nc ' index ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' index ('a', 1) 1
# expect: ' a  b\nc ' index (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' index ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' index ('',) 0
# expect: ' a  b\nc ' index (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' index (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' index (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' index ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' index ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' index ('é',) ValueError: substring not found
# expect: ' a  b\nc ' index (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' index ('a', -2) ValueError: substring not found
# expect: ' a  b\nc ' index ('b', None, -1) 4
# expect: ' a  b\nc ' index ('', 3) 3
# expect: ' a  b\nc ' index ('', 5) 5
# expect: ' a  b\nc ' index ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: ' a  b\nc ' index ((), 0) TypeError: must be str, not tuple
# expect: ' a  b\nc ' index ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: ' a  b\nc ' index (' ', 1) 2
# expect: ' a  b\nc ' index (None, 1) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' index (None, 0) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' count () TypeError: count() takes at least 1 argument (0 given)
# expect: ' a  b\nc ' count (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' count ('x',) 0
# expect: ' a  b\nc ' count (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' count (1, 2) TypeError: must be str, not int
# expect: ' a  b\nc ' count ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' count ('a', 1) 1
# expect: ' a  b\nc ' count (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' count ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' count ('',) 9
# expect: ' a  b\nc ' count (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' count (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' count (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' count ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' count ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: ' a  b\nc ' count ('é',) 0
# expect: ' a  b\nc ' count (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' count ('a', -2) 0
# expect: ' a  b\nc ' count ('b', None, -1) 1
# expect: ' a  b\nc ' count ('', 3) 6
# expect: ' a  b\nc ' count ('', 5) 4
# expect: ' a  b\nc ' count ('ab', 1, 1180591620717411303424) 0
# expect: ' a  b\nc ' count ((), 0) TypeError: must be str, not tuple
# expect: ' a  b\nc ' count ('a', 0, -1180591620717411303424) 0
# expect: ' a  b\nc ' count (' ', 1) 3
# expect: ' a  b\nc ' count (None, 1) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' count (None, 0) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' isdigit () False
# expect: ' a  b\nc ' isdigit (1,) TypeError: str.isdigit() takes no arguments (1 given)
# expect: ' a  b\nc ' isdecimal () False
# expect: ' a  b\nc ' isdecimal (1,) TypeError: str.isdecimal() takes no arguments (1 given)
# expect: ' a  b\nc ' isnumeric () False
# expect: ' a  b\nc ' isnumeric (1,) TypeError: str.isnumeric() takes no arguments (1 given)
# expect: ' a  b\nc ' isalpha () False
# expect: ' a  b\nc ' isalpha (1,) TypeError: str.isalpha() takes no arguments (1 given)
# expect: ' a  b\nc ' isalnum () False
# expect: ' a  b\nc ' isalnum (1,) TypeError: str.isalnum() takes no arguments (1 given)
# expect: ' a  b\nc ' isspace () False
# expect: ' a  b\nc ' isspace (1,) TypeError: str.isspace() takes no arguments (1 given)
# expect: ' a  b\nc ' isprintable () False
# expect: ' a  b\nc ' isprintable (1,) TypeError: str.isprintable() takes no arguments (1 given)
# expect: ' a  b\nc ' isascii () True
# expect: ' a  b\nc ' isascii (1,) TypeError: str.isascii() takes no arguments (1 given)
# expect: ' a  b\nc ' isidentifier () False
# expect: ' a  b\nc ' isidentifier (1,) TypeError: str.isidentifier() takes no arguments (1 given)
# expect: ' a  b\nc ' isupper () False
# expect: ' a  b\nc ' isupper (1,) TypeError: str.isupper() takes no arguments (1 given)
# expect: ' a  b\nc ' islower () True
# expect: ' a  b\nc ' islower (1,) TypeError: str.islower() takes no arguments (1 given)
# expect: ' a  b\nc ' istitle () False
# expect: ' a  b\nc ' istitle (1,) TypeError: str.istitle() takes no arguments (1 given)
# expect: ' a  b\nc ' center () TypeError: center expected at least 1 argument, got 0
# expect: ' a  b\nc ' center (1,) ' a  b\nc '
# expect: ' a  b\nc ' center ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: ' a  b\nc ' center ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (-1,) ' a  b\nc '
# expect: ' a  b\nc ' center (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: ' a  b\nc ' center (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('a', 'b', 'c') TypeError: center expected at most 2 arguments, got 3
# expect: ' a  b\nc ' center ('a', 'b', 1.5) TypeError: center expected at most 2 arguments, got 3
# expect: ' a  b\nc ' center ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (True,) ' a  b\nc '
# expect: ' a  b\nc ' center ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('b', None, -1) TypeError: center expected at most 2 arguments, got 3
# expect: ' a  b\nc ' center ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('ab', 1, 1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: ' a  b\nc ' center ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center ('a', 0, -1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: ' a  b\nc ' center (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' center (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust () TypeError: ljust expected at least 1 argument, got 0
# expect: ' a  b\nc ' ljust (1,) ' a  b\nc '
# expect: ' a  b\nc ' ljust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: ' a  b\nc ' ljust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (-1,) ' a  b\nc '
# expect: ' a  b\nc ' ljust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: ' a  b\nc ' ljust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('a', 'b', 'c') TypeError: ljust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' ljust ('a', 'b', 1.5) TypeError: ljust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' ljust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (True,) ' a  b\nc '
# expect: ' a  b\nc ' ljust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('b', None, -1) TypeError: ljust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' ljust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('ab', 1, 1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' ljust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust ('a', 0, -1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' ljust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' ljust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust () TypeError: rjust expected at least 1 argument, got 0
# expect: ' a  b\nc ' rjust (1,) ' a  b\nc '
# expect: ' a  b\nc ' rjust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: ' a  b\nc ' rjust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (-1,) ' a  b\nc '
# expect: ' a  b\nc ' rjust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: ' a  b\nc ' rjust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('a', 'b', 'c') TypeError: rjust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' rjust ('a', 'b', 1.5) TypeError: rjust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' rjust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (True,) ' a  b\nc '
# expect: ' a  b\nc ' rjust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('b', None, -1) TypeError: rjust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' rjust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('ab', 1, 1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' rjust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust ('a', 0, -1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: ' a  b\nc ' rjust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' rjust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' format () ' a  b\nc '
# expect: ' a  b\nc ' format (1,) ' a  b\nc '
# expect: ' a  b\nc ' format ('x',) ' a  b\nc '
# expect: ' a  b\nc ' format (None,) ' a  b\nc '
# expect: ' a  b\nc ' format (1, 2) ' a  b\nc '
# expect: ' a  b\nc ' format ('a', 'b') ' a  b\nc '
# expect: ' a  b\nc ' format ('a', 1) ' a  b\nc '
# expect: ' a  b\nc ' format (1.5,) ' a  b\nc '
# expect: ' a  b\nc ' format ([],) ' a  b\nc '
# expect: ' a  b\nc ' format ('',) ' a  b\nc '
# expect: ' a  b\nc ' format (-1,) ' a  b\nc '
# expect: ' a  b\nc ' format (1180591620717411303424,) ' a  b\nc '
# expect: ' a  b\nc ' format (('a', 1),) ' a  b\nc '
# expect: ' a  b\nc ' format ('a', 'b', 'c') ' a  b\nc '
# expect: ' a  b\nc ' format ('a', 'b', 1.5) ' a  b\nc '
# expect: ' a  b\nc ' format ('é',) ' a  b\nc '
# expect: ' a  b\nc ' format (True,) ' a  b\nc '
# expect: ' a  b\nc ' format ('a', -2) ' a  b\nc '
# expect: ' a  b\nc ' format ('b', None, -1) ' a  b\nc '
# expect: ' a  b\nc ' format ('', 3) ' a  b\nc '
# expect: ' a  b\nc ' format ('', 5) ' a  b\nc '
# expect: ' a  b\nc ' format ('ab', 1, 1180591620717411303424) ' a  b\nc '
# expect: ' a  b\nc ' format ((), 0) ' a  b\nc '
# expect: ' a  b\nc ' format ('a', 0, -1180591620717411303424) ' a  b\nc '
# expect: ' a  b\nc ' format (' ', 1) ' a  b\nc '
# expect: ' a  b\nc ' format (None, 1) ' a  b\nc '
# expect: ' a  b\nc ' format (None, 0) ' a  b\nc '
# expect: ' a  b\nc ' zfill () TypeError: str.zfill() takes exactly one argument (0 given)
# expect: ' a  b\nc ' zfill (1,) ' a  b\nc '
# expect: ' a  b\nc ' zfill ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill (1, 2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill ('a', 'b') TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill ('a', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill (-1,) ' a  b\nc '
# expect: ' a  b\nc ' zfill (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: ' a  b\nc ' zfill (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill ('a', 'b', 'c') TypeError: str.zfill() takes exactly one argument (3 given)
# expect: ' a  b\nc ' zfill ('a', 'b', 1.5) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: ' a  b\nc ' zfill ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' zfill (True,) ' a  b\nc '
# expect: ' a  b\nc ' zfill ('a', -2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill ('b', None, -1) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: ' a  b\nc ' zfill ('', 3) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill ('', 5) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill ('ab', 1, 1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: ' a  b\nc ' zfill ((), 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill ('a', 0, -1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: ' a  b\nc ' zfill (' ', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill (None, 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' zfill (None, 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition () TypeError: str.partition() takes exactly one argument (0 given)
# expect: ' a  b\nc ' partition (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' partition ('x',) (' a  b\nc ', '', '')
# expect: ' a  b\nc ' partition (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' partition (1, 2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition ('a', 'b') TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition ('a', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' partition ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' partition ('',) ValueError: empty separator
# expect: ' a  b\nc ' partition (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' partition (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' partition (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' partition ('a', 'b', 'c') TypeError: str.partition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' partition ('a', 'b', 1.5) TypeError: str.partition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' partition ('é',) (' a  b\nc ', '', '')
# expect: ' a  b\nc ' partition (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' partition ('a', -2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition ('b', None, -1) TypeError: str.partition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' partition ('', 3) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition ('', 5) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition ('ab', 1, 1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' partition ((), 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition ('a', 0, -1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' partition (' ', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition (None, 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' partition (None, 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition () TypeError: str.rpartition() takes exactly one argument (0 given)
# expect: ' a  b\nc ' rpartition (1,) TypeError: must be str, not int
# expect: ' a  b\nc ' rpartition ('x',) ('', '', ' a  b\nc ')
# expect: ' a  b\nc ' rpartition (None,) TypeError: must be str, not NoneType
# expect: ' a  b\nc ' rpartition (1, 2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition ('a', 'b') TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition ('a', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition (1.5,) TypeError: must be str, not float
# expect: ' a  b\nc ' rpartition ([],) TypeError: must be str, not list
# expect: ' a  b\nc ' rpartition ('',) ValueError: empty separator
# expect: ' a  b\nc ' rpartition (-1,) TypeError: must be str, not int
# expect: ' a  b\nc ' rpartition (1180591620717411303424,) TypeError: must be str, not int
# expect: ' a  b\nc ' rpartition (('a', 1),) TypeError: must be str, not tuple
# expect: ' a  b\nc ' rpartition ('a', 'b', 'c') TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' rpartition ('a', 'b', 1.5) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' rpartition ('é',) ('', '', ' a  b\nc ')
# expect: ' a  b\nc ' rpartition (True,) TypeError: must be str, not bool
# expect: ' a  b\nc ' rpartition ('a', -2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition ('b', None, -1) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' rpartition ('', 3) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition ('', 5) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition ('ab', 1, 1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' rpartition ((), 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition ('a', 0, -1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: ' a  b\nc ' rpartition (' ', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition (None, 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' rpartition (None, 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix () TypeError: str.removeprefix() takes exactly one argument (0 given)
# expect: ' a  b\nc ' removeprefix (1,) TypeError: removeprefix() argument must be str, not int
# expect: ' a  b\nc ' removeprefix ('x',) ' a  b\nc '
# expect: ' a  b\nc ' removeprefix (None,) TypeError: removeprefix() argument must be str, not None
# expect: ' a  b\nc ' removeprefix (1, 2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix ('a', 'b') TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix ('a', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix (1.5,) TypeError: removeprefix() argument must be str, not float
# expect: ' a  b\nc ' removeprefix ([],) TypeError: removeprefix() argument must be str, not list
# expect: ' a  b\nc ' removeprefix ('',) ' a  b\nc '
# expect: ' a  b\nc ' removeprefix (-1,) TypeError: removeprefix() argument must be str, not int
# expect: ' a  b\nc ' removeprefix (1180591620717411303424,) TypeError: removeprefix() argument must be str, not int
# expect: ' a  b\nc ' removeprefix (('a', 1),) TypeError: removeprefix() argument must be str, not tuple
# expect: ' a  b\nc ' removeprefix ('a', 'b', 'c') TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removeprefix ('a', 'b', 1.5) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removeprefix ('é',) ' a  b\nc '
# expect: ' a  b\nc ' removeprefix (True,) TypeError: removeprefix() argument must be str, not bool
# expect: ' a  b\nc ' removeprefix ('a', -2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix ('b', None, -1) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removeprefix ('', 3) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix ('', 5) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix ('ab', 1, 1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removeprefix ((), 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix ('a', 0, -1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removeprefix (' ', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix (None, 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removeprefix (None, 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix () TypeError: str.removesuffix() takes exactly one argument (0 given)
# expect: ' a  b\nc ' removesuffix (1,) TypeError: removesuffix() argument must be str, not int
# expect: ' a  b\nc ' removesuffix ('x',) ' a  b\nc '
# expect: ' a  b\nc ' removesuffix (None,) TypeError: removesuffix() argument must be str, not None
# expect: ' a  b\nc ' removesuffix (1, 2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix ('a', 'b') TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix ('a', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix (1.5,) TypeError: removesuffix() argument must be str, not float
# expect: ' a  b\nc ' removesuffix ([],) TypeError: removesuffix() argument must be str, not list
# expect: ' a  b\nc ' removesuffix ('',) ' a  b\nc '
# expect: ' a  b\nc ' removesuffix (-1,) TypeError: removesuffix() argument must be str, not int
# expect: ' a  b\nc ' removesuffix (1180591620717411303424,) TypeError: removesuffix() argument must be str, not int
# expect: ' a  b\nc ' removesuffix (('a', 1),) TypeError: removesuffix() argument must be str, not tuple
# expect: ' a  b\nc ' removesuffix ('a', 'b', 'c') TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removesuffix ('a', 'b', 1.5) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removesuffix ('é',) ' a  b\nc '
# expect: ' a  b\nc ' removesuffix (True,) TypeError: removesuffix() argument must be str, not bool
# expect: ' a  b\nc ' removesuffix ('a', -2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix ('b', None, -1) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removesuffix ('', 3) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix ('', 5) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix ('ab', 1, 1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removesuffix ((), 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix ('a', 0, -1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: ' a  b\nc ' removesuffix (' ', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix (None, 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' removesuffix (None, 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: ' a  b\nc ' expandtabs () ' a  b\nc '
# expect: ' a  b\nc ' expandtabs (1,) ' a  b\nc '
# expect: ' a  b\nc ' expandtabs ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs (1, 2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs ('a', 'b') TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs ('a', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs (-1,) ' a  b\nc '
# expect: ' a  b\nc ' expandtabs (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: ' a  b\nc ' expandtabs (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs ('a', 'b', 'c') TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' expandtabs ('a', 'b', 1.5) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' expandtabs ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: ' a  b\nc ' expandtabs (True,) ' a  b\nc '
# expect: ' a  b\nc ' expandtabs ('a', -2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs ('b', None, -1) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' expandtabs ('', 3) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs ('', 5) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs ('ab', 1, 1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' expandtabs ((), 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs ('a', 0, -1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: ' a  b\nc ' expandtabs (' ', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs (None, 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: ' a  b\nc ' expandtabs (None, 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' upper () '-1É\t3\r\t4'
# expect: '-1é\t3\r\t4' upper (1,) TypeError: str.upper() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' lower () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' lower (1,) TypeError: str.lower() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' casefold () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' casefold (1,) TypeError: str.casefold() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' swapcase () '-1É\t3\r\t4'
# expect: '-1é\t3\r\t4' swapcase (1,) TypeError: str.swapcase() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' capitalize () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' capitalize (1,) TypeError: str.capitalize() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' title () '-1É\t3\r\t4'
# expect: '-1é\t3\r\t4' title (1,) TypeError: str.title() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' strip () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' strip (1,) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip ('x',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' strip (None,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' strip (1, 2) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip ('a', 'b') TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip ('a', 1) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip (1.5,) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip ([],) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip ('',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' strip (-1,) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip (1180591620717411303424,) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip (('a', 1),) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip ('a', 'b', 'c') TypeError: strip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' strip ('a', 'b', 1.5) TypeError: strip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' strip ('é',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' strip (True,) TypeError: strip arg must be None or str
# expect: '-1é\t3\r\t4' strip ('a', -2) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip ('b', None, -1) TypeError: strip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' strip ('', 3) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip ('', 5) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip ('ab', 1, 1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' strip ((), 0) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip ('a', 0, -1180591620717411303424) TypeError: strip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' strip (' ', 1) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip (None, 1) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' strip (None, 0) TypeError: strip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' lstrip (1,) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip ('x',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' lstrip (None,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' lstrip (1, 2) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip ('a', 'b') TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip ('a', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip (1.5,) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip ([],) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip ('',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' lstrip (-1,) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip (1180591620717411303424,) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip (('a', 1),) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip ('a', 'b', 'c') TypeError: lstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' lstrip ('a', 'b', 1.5) TypeError: lstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' lstrip ('é',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' lstrip (True,) TypeError: lstrip arg must be None or str
# expect: '-1é\t3\r\t4' lstrip ('a', -2) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip ('b', None, -1) TypeError: lstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' lstrip ('', 3) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip ('', 5) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip ('ab', 1, 1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' lstrip ((), 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip ('a', 0, -1180591620717411303424) TypeError: lstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' lstrip (' ', 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip (None, 1) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' lstrip (None, 0) TypeError: lstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rstrip (1,) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip ('x',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rstrip (None,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rstrip (1, 2) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip ('a', 'b') TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip ('a', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip (1.5,) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip ([],) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip ('',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rstrip (-1,) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip (1180591620717411303424,) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip (('a', 1),) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip ('a', 'b', 'c') TypeError: rstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' rstrip ('a', 'b', 1.5) TypeError: rstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' rstrip ('é',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rstrip (True,) TypeError: rstrip arg must be None or str
# expect: '-1é\t3\r\t4' rstrip ('a', -2) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip ('b', None, -1) TypeError: rstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' rstrip ('', 3) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip ('', 5) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip ('ab', 1, 1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' rstrip ((), 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip ('a', 0, -1180591620717411303424) TypeError: rstrip expected at most 1 argument, got 3
# expect: '-1é\t3\r\t4' rstrip (' ', 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip (None, 1) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' rstrip (None, 0) TypeError: rstrip expected at most 1 argument, got 2
# expect: '-1é\t3\r\t4' split () ['-1é', '3', '4']
# expect: '-1é\t3\r\t4' split (1,) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' split ('x',) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' split (None,) ['-1é', '3', '4']
# expect: '-1é\t3\r\t4' split (1, 2) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' split ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' split ('a', 1) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' split (1.5,) TypeError: must be str or None, not float
# expect: '-1é\t3\r\t4' split ([],) TypeError: must be str or None, not list
# expect: '-1é\t3\r\t4' split ('',) ValueError: empty separator
# expect: '-1é\t3\r\t4' split (-1,) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' split (1180591620717411303424,) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' split (('a', 1),) TypeError: must be str or None, not tuple
# expect: '-1é\t3\r\t4' split ('a', 'b', 'c') TypeError: split() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' split ('a', 'b', 1.5) TypeError: split() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' split ('é',) ['-1', '\t3\r\t4']
# expect: '-1é\t3\r\t4' split (True,) TypeError: must be str or None, not bool
# expect: '-1é\t3\r\t4' split ('a', -2) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' split ('b', None, -1) TypeError: split() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' split ('', 3) ValueError: empty separator
# expect: '-1é\t3\r\t4' split ('', 5) ValueError: empty separator
# expect: '-1é\t3\r\t4' split ('ab', 1, 1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' split ((), 0) TypeError: must be str or None, not tuple
# expect: '-1é\t3\r\t4' split ('a', 0, -1180591620717411303424) TypeError: split() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' split (' ', 1) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' split (None, 1) ['-1é', '3\r\t4']
# expect: '-1é\t3\r\t4' split (None, 0) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' rsplit () ['-1é', '3', '4']
# expect: '-1é\t3\r\t4' rsplit (1,) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' rsplit ('x',) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' rsplit (None,) ['-1é', '3', '4']
# expect: '-1é\t3\r\t4' rsplit (1, 2) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' rsplit ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rsplit ('a', 1) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' rsplit (1.5,) TypeError: must be str or None, not float
# expect: '-1é\t3\r\t4' rsplit ([],) TypeError: must be str or None, not list
# expect: '-1é\t3\r\t4' rsplit ('',) ValueError: empty separator
# expect: '-1é\t3\r\t4' rsplit (-1,) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' rsplit (1180591620717411303424,) TypeError: must be str or None, not int
# expect: '-1é\t3\r\t4' rsplit (('a', 1),) TypeError: must be str or None, not tuple
# expect: '-1é\t3\r\t4' rsplit ('a', 'b', 'c') TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' rsplit ('a', 'b', 1.5) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' rsplit ('é',) ['-1', '\t3\r\t4']
# expect: '-1é\t3\r\t4' rsplit (True,) TypeError: must be str or None, not bool
# expect: '-1é\t3\r\t4' rsplit ('a', -2) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' rsplit ('b', None, -1) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' rsplit ('', 3) ValueError: empty separator
# expect: '-1é\t3\r\t4' rsplit ('', 5) ValueError: empty separator
# expect: '-1é\t3\r\t4' rsplit ('ab', 1, 1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' rsplit ((), 0) TypeError: must be str or None, not tuple
# expect: '-1é\t3\r\t4' rsplit ('a', 0, -1180591620717411303424) TypeError: rsplit() takes at most 2 arguments (3 given)
# expect: '-1é\t3\r\t4' rsplit (' ', 1) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' rsplit (None, 1) ['-1é\t3', '4']
# expect: '-1é\t3\r\t4' rsplit (None, 0) ['-1é\t3\r\t4']
# expect: '-1é\t3\r\t4' rindex () TypeError: rindex() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' rindex (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rindex ('x',) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' rindex (1, 2) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rindex ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' rindex ('a', 1) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' rindex ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' rindex ('',) 8
# expect: '-1é\t3\r\t4' rindex (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rindex (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rindex (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' rindex ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' rindex ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' rindex ('é',) 2
# expect: '-1é\t3\r\t4' rindex (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' rindex ('a', -2) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex ('b', None, -1) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex ('', 3) 8
# expect: '-1é\t3\r\t4' rindex ('', 5) 8
# expect: '-1é\t3\r\t4' rindex ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex ((), 0) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' rindex ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex (' ', 1) ValueError: substring not found
# expect: '-1é\t3\r\t4' rindex (None, 1) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' rindex (None, 0) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' splitlines () ['-1é\t3', '\t4']
# expect: '-1é\t3\r\t4' splitlines (1,) ['-1é\t3\r', '\t4']
# expect: '-1é\t3\r\t4' splitlines ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines (1, 2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines ('a', 'b') TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines ('a', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines (-1,) ['-1é\t3\r', '\t4']
# expect: '-1é\t3\r\t4' splitlines (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: '-1é\t3\r\t4' splitlines (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines ('a', 'b', 'c') TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' splitlines ('a', 'b', 1.5) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' splitlines ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' splitlines (True,) ['-1é\t3\r', '\t4']
# expect: '-1é\t3\r\t4' splitlines ('a', -2) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines ('b', None, -1) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' splitlines ('', 3) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines ('', 5) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines ('ab', 1, 1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' splitlines ((), 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines ('a', 0, -1180591620717411303424) TypeError: splitlines() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' splitlines (' ', 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines (None, 1) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' splitlines (None, 0) TypeError: splitlines() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' join () TypeError: str.join() takes exactly one argument (0 given)
# expect: '-1é\t3\r\t4' join (1,) TypeError: can only join an iterable
# expect: '-1é\t3\r\t4' join ('x',) 'x'
# expect: '-1é\t3\r\t4' join (None,) TypeError: can only join an iterable
# expect: '-1é\t3\r\t4' join (1, 2) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join ('a', 'b') TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join ('a', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join (1.5,) TypeError: can only join an iterable
# expect: '-1é\t3\r\t4' join ([],) ''
# expect: '-1é\t3\r\t4' join ('',) ''
# expect: '-1é\t3\r\t4' join (-1,) TypeError: can only join an iterable
# expect: '-1é\t3\r\t4' join (1180591620717411303424,) TypeError: can only join an iterable
# expect: '-1é\t3\r\t4' join (('a', 1),) TypeError: sequence item 1: expected str instance, int found
# expect: '-1é\t3\r\t4' join ('a', 'b', 'c') TypeError: str.join() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' join ('a', 'b', 1.5) TypeError: str.join() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' join ('é',) 'é'
# expect: '-1é\t3\r\t4' join (True,) TypeError: can only join an iterable
# expect: '-1é\t3\r\t4' join ('a', -2) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join ('b', None, -1) TypeError: str.join() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' join ('', 3) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join ('', 5) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join ('ab', 1, 1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' join ((), 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join ('a', 0, -1180591620717411303424) TypeError: str.join() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' join (' ', 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join (None, 1) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' join (None, 0) TypeError: str.join() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' startswith () TypeError: startswith() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' startswith (1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' startswith ('x',) False
# expect: '-1é\t3\r\t4' startswith (None,) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: '-1é\t3\r\t4' startswith (1, 2) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' startswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' startswith ('a', 1) False
# expect: '-1é\t3\r\t4' startswith (1.5,) TypeError: startswith first arg must be str or a tuple of str, not float
# expect: '-1é\t3\r\t4' startswith ([],) TypeError: startswith first arg must be str or a tuple of str, not list
# expect: '-1é\t3\r\t4' startswith ('',) True
# expect: '-1é\t3\r\t4' startswith (-1,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' startswith (1180591620717411303424,) TypeError: startswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' startswith (('a', 1),) TypeError: tuple for startswith must only contain str, not int
# expect: '-1é\t3\r\t4' startswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' startswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' startswith ('é',) False
# expect: '-1é\t3\r\t4' startswith (True,) TypeError: startswith first arg must be str or a tuple of str, not bool
# expect: '-1é\t3\r\t4' startswith ('a', -2) False
# expect: '-1é\t3\r\t4' startswith ('b', None, -1) False
# expect: '-1é\t3\r\t4' startswith ('', 3) True
# expect: '-1é\t3\r\t4' startswith ('', 5) True
# expect: '-1é\t3\r\t4' startswith ('ab', 1, 1180591620717411303424) False
# expect: '-1é\t3\r\t4' startswith ((), 0) False
# expect: '-1é\t3\r\t4' startswith ('a', 0, -1180591620717411303424) False
# expect: '-1é\t3\r\t4' startswith (' ', 1) False
# expect: '-1é\t3\r\t4' startswith (None, 1) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: '-1é\t3\r\t4' startswith (None, 0) TypeError: startswith first arg must be str or a tuple of str, not NoneType
# expect: '-1é\t3\r\t4' endswith () TypeError: endswith() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' endswith (1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' endswith ('x',) False
# expect: '-1é\t3\r\t4' endswith (None,) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: '-1é\t3\r\t4' endswith (1, 2) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' endswith ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' endswith ('a', 1) False
# expect: '-1é\t3\r\t4' endswith (1.5,) TypeError: endswith first arg must be str or a tuple of str, not float
# expect: '-1é\t3\r\t4' endswith ([],) TypeError: endswith first arg must be str or a tuple of str, not list
# expect: '-1é\t3\r\t4' endswith ('',) True
# expect: '-1é\t3\r\t4' endswith (-1,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' endswith (1180591620717411303424,) TypeError: endswith first arg must be str or a tuple of str, not int
# expect: '-1é\t3\r\t4' endswith (('a', 1),) TypeError: tuple for endswith must only contain str, not int
# expect: '-1é\t3\r\t4' endswith ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' endswith ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' endswith ('é',) False
# expect: '-1é\t3\r\t4' endswith (True,) TypeError: endswith first arg must be str or a tuple of str, not bool
# expect: '-1é\t3\r\t4' endswith ('a', -2) False
# expect: '-1é\t3\r\t4' endswith ('b', None, -1) False
# expect: '-1é\t3\r\t4' endswith ('', 3) True
# expect: '-1é\t3\r\t4' endswith ('', 5) True
# expect: '-1é\t3\r\t4' endswith ('ab', 1, 1180591620717411303424) False
# expect: '-1é\t3\r\t4' endswith ((), 0) False
# expect: '-1é\t3\r\t4' endswith ('a', 0, -1180591620717411303424) False
# expect: '-1é\t3\r\t4' endswith (' ', 1) False
# expect: '-1é\t3\r\t4' endswith (None, 1) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: '-1é\t3\r\t4' endswith (None, 0) TypeError: endswith first arg must be str or a tuple of str, not NoneType
# expect: '-1é\t3\r\t4' replace () TypeError: replace expected at least 2 arguments, got 0
# expect: '-1é\t3\r\t4' replace (1,) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace ('x',) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace (None,) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace (1, 2) TypeError: replace() argument 1 must be str, not int
# expect: '-1é\t3\r\t4' replace ('a', 'b') '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' replace ('a', 1) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace (1.5,) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace ([],) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace ('',) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace (-1,) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace (1180591620717411303424,) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace (('a', 1),) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace ('a', 'b', 'c') TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' replace ('a', 'b', 1.5) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' replace ('é',) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace (True,) TypeError: replace expected at least 2 arguments, got 1
# expect: '-1é\t3\r\t4' replace ('a', -2) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace ('b', None, -1) TypeError: replace() argument 2 must be str, not None
# expect: '-1é\t3\r\t4' replace ('', 3) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace ('', 5) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace ('ab', 1, 1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace ((), 0) TypeError: replace() argument 1 must be str, not tuple
# expect: '-1é\t3\r\t4' replace ('a', 0, -1180591620717411303424) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace (' ', 1) TypeError: replace() argument 2 must be str, not int
# expect: '-1é\t3\r\t4' replace (None, 1) TypeError: replace() argument 1 must be str, not None
# expect: '-1é\t3\r\t4' replace (None, 0) TypeError: replace() argument 1 must be str, not None
# expect: '-1é\t3\r\t4' find () TypeError: find() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' find (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' find ('x',) -1
# expect: '-1é\t3\r\t4' find (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' find (1, 2) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' find ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' find ('a', 1) -1
# expect: '-1é\t3\r\t4' find (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' find ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' find ('',) 0
# expect: '-1é\t3\r\t4' find (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' find (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' find (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' find ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' find ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' find ('é',) 2
# expect: '-1é\t3\r\t4' find (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' find ('a', -2) -1
# expect: '-1é\t3\r\t4' find ('b', None, -1) -1
# expect: '-1é\t3\r\t4' find ('', 3) 3
# expect: '-1é\t3\r\t4' find ('', 5) 5
# expect: '-1é\t3\r\t4' find ('ab', 1, 1180591620717411303424) -1
# expect: '-1é\t3\r\t4' find ((), 0) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' find ('a', 0, -1180591620717411303424) -1
# expect: '-1é\t3\r\t4' find (' ', 1) -1
# expect: '-1é\t3\r\t4' find (None, 1) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' find (None, 0) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' rfind () TypeError: rfind() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' rfind (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rfind ('x',) -1
# expect: '-1é\t3\r\t4' rfind (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' rfind (1, 2) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rfind ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' rfind ('a', 1) -1
# expect: '-1é\t3\r\t4' rfind (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' rfind ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' rfind ('',) 8
# expect: '-1é\t3\r\t4' rfind (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rfind (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rfind (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' rfind ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' rfind ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' rfind ('é',) 2
# expect: '-1é\t3\r\t4' rfind (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' rfind ('a', -2) -1
# expect: '-1é\t3\r\t4' rfind ('b', None, -1) -1
# expect: '-1é\t3\r\t4' rfind ('', 3) 8
# expect: '-1é\t3\r\t4' rfind ('', 5) 8
# expect: '-1é\t3\r\t4' rfind ('ab', 1, 1180591620717411303424) -1
# expect: '-1é\t3\r\t4' rfind ((), 0) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' rfind ('a', 0, -1180591620717411303424) -1
# expect: '-1é\t3\r\t4' rfind (' ', 1) -1
# expect: '-1é\t3\r\t4' rfind (None, 1) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' rfind (None, 0) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' index () TypeError: index() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' index (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' index ('x',) ValueError: substring not found
# expect: '-1é\t3\r\t4' index (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' index (1, 2) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' index ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' index ('a', 1) ValueError: substring not found
# expect: '-1é\t3\r\t4' index (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' index ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' index ('',) 0
# expect: '-1é\t3\r\t4' index (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' index (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' index (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' index ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' index ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' index ('é',) 2
# expect: '-1é\t3\r\t4' index (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' index ('a', -2) ValueError: substring not found
# expect: '-1é\t3\r\t4' index ('b', None, -1) ValueError: substring not found
# expect: '-1é\t3\r\t4' index ('', 3) 3
# expect: '-1é\t3\r\t4' index ('', 5) 5
# expect: '-1é\t3\r\t4' index ('ab', 1, 1180591620717411303424) ValueError: substring not found
# expect: '-1é\t3\r\t4' index ((), 0) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' index ('a', 0, -1180591620717411303424) ValueError: substring not found
# expect: '-1é\t3\r\t4' index (' ', 1) ValueError: substring not found
# expect: '-1é\t3\r\t4' index (None, 1) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' index (None, 0) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' count () TypeError: count() takes at least 1 argument (0 given)
# expect: '-1é\t3\r\t4' count (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' count ('x',) 0
# expect: '-1é\t3\r\t4' count (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' count (1, 2) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' count ('a', 'b') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' count ('a', 1) 0
# expect: '-1é\t3\r\t4' count (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' count ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' count ('',) 9
# expect: '-1é\t3\r\t4' count (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' count (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' count (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' count ('a', 'b', 'c') TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' count ('a', 'b', 1.5) TypeError: slice indices must be integers or None or have an __index__ method
# expect: '-1é\t3\r\t4' count ('é',) 1
# expect: '-1é\t3\r\t4' count (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' count ('a', -2) 0
# expect: '-1é\t3\r\t4' count ('b', None, -1) 0
# expect: '-1é\t3\r\t4' count ('', 3) 6
# expect: '-1é\t3\r\t4' count ('', 5) 4
# expect: '-1é\t3\r\t4' count ('ab', 1, 1180591620717411303424) 0
# expect: '-1é\t3\r\t4' count ((), 0) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' count ('a', 0, -1180591620717411303424) 0
# expect: '-1é\t3\r\t4' count (' ', 1) 0
# expect: '-1é\t3\r\t4' count (None, 1) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' count (None, 0) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' isdigit () False
# expect: '-1é\t3\r\t4' isdigit (1,) TypeError: str.isdigit() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isdecimal () False
# expect: '-1é\t3\r\t4' isdecimal (1,) TypeError: str.isdecimal() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isnumeric () False
# expect: '-1é\t3\r\t4' isnumeric (1,) TypeError: str.isnumeric() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isalpha () False
# expect: '-1é\t3\r\t4' isalpha (1,) TypeError: str.isalpha() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isalnum () False
# expect: '-1é\t3\r\t4' isalnum (1,) TypeError: str.isalnum() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isspace () False
# expect: '-1é\t3\r\t4' isspace (1,) TypeError: str.isspace() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isprintable () False
# expect: '-1é\t3\r\t4' isprintable (1,) TypeError: str.isprintable() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isascii () False
# expect: '-1é\t3\r\t4' isascii (1,) TypeError: str.isascii() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isidentifier () False
# expect: '-1é\t3\r\t4' isidentifier (1,) TypeError: str.isidentifier() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' isupper () False
# expect: '-1é\t3\r\t4' isupper (1,) TypeError: str.isupper() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' islower () True
# expect: '-1é\t3\r\t4' islower (1,) TypeError: str.islower() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' istitle () False
# expect: '-1é\t3\r\t4' istitle (1,) TypeError: str.istitle() takes no arguments (1 given)
# expect: '-1é\t3\r\t4' center () TypeError: center expected at least 1 argument, got 0
# expect: '-1é\t3\r\t4' center (1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' center ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: '-1é\t3\r\t4' center ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (-1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' center (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '-1é\t3\r\t4' center (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('a', 'b', 'c') TypeError: center expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' center ('a', 'b', 1.5) TypeError: center expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' center ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (True,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' center ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('b', None, -1) TypeError: center expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' center ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('ab', 1, 1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' center ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center ('a', 0, -1180591620717411303424) TypeError: center expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' center (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' center (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust () TypeError: ljust expected at least 1 argument, got 0
# expect: '-1é\t3\r\t4' ljust (1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' ljust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: '-1é\t3\r\t4' ljust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (-1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' ljust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '-1é\t3\r\t4' ljust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('a', 'b', 'c') TypeError: ljust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' ljust ('a', 'b', 1.5) TypeError: ljust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' ljust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (True,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' ljust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('b', None, -1) TypeError: ljust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' ljust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('ab', 1, 1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' ljust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust ('a', 0, -1180591620717411303424) TypeError: ljust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' ljust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' ljust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust () TypeError: rjust expected at least 1 argument, got 0
# expect: '-1é\t3\r\t4' rjust (1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rjust ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (1, 2) TypeError: The fill character must be a unicode character, not int
# expect: '-1é\t3\r\t4' rjust ('a', 'b') TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('a', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (-1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rjust (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '-1é\t3\r\t4' rjust (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('a', 'b', 'c') TypeError: rjust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' rjust ('a', 'b', 1.5) TypeError: rjust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' rjust ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (True,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' rjust ('a', -2) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('b', None, -1) TypeError: rjust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' rjust ('', 3) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('', 5) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('ab', 1, 1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' rjust ((), 0) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust ('a', 0, -1180591620717411303424) TypeError: rjust expected at most 2 arguments, got 3
# expect: '-1é\t3\r\t4' rjust (' ', 1) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (None, 1) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' rjust (None, 0) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' format () '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('x',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (None,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (1, 2) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('a', 'b') '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('a', 1) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (1.5,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ([],) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (-1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (1180591620717411303424,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (('a', 1),) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('a', 'b', 'c') '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('a', 'b', 1.5) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('é',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (True,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('a', -2) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('b', None, -1) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('', 3) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('', 5) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('ab', 1, 1180591620717411303424) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ((), 0) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format ('a', 0, -1180591620717411303424) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (' ', 1) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (None, 1) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' format (None, 0) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' zfill () TypeError: str.zfill() takes exactly one argument (0 given)
# expect: '-1é\t3\r\t4' zfill (1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' zfill ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill (1, 2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill ('a', 'b') TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill ('a', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill (-1,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' zfill (1180591620717411303424,) OverflowError: Python int too large to convert to C ssize_t
# expect: '-1é\t3\r\t4' zfill (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill ('a', 'b', 'c') TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' zfill ('a', 'b', 1.5) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' zfill ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' zfill (True,) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' zfill ('a', -2) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill ('b', None, -1) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' zfill ('', 3) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill ('', 5) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill ('ab', 1, 1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' zfill ((), 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill ('a', 0, -1180591620717411303424) TypeError: str.zfill() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' zfill (' ', 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill (None, 1) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' zfill (None, 0) TypeError: str.zfill() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition () TypeError: str.partition() takes exactly one argument (0 given)
# expect: '-1é\t3\r\t4' partition (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' partition ('x',) ('-1é\t3\r\t4', '', '')
# expect: '-1é\t3\r\t4' partition (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' partition (1, 2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition ('a', 'b') TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition ('a', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' partition ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' partition ('',) ValueError: empty separator
# expect: '-1é\t3\r\t4' partition (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' partition (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' partition (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' partition ('a', 'b', 'c') TypeError: str.partition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' partition ('a', 'b', 1.5) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' partition ('é',) ('-1', 'é', '\t3\r\t4')
# expect: '-1é\t3\r\t4' partition (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' partition ('a', -2) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition ('b', None, -1) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' partition ('', 3) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition ('', 5) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition ('ab', 1, 1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' partition ((), 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition ('a', 0, -1180591620717411303424) TypeError: str.partition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' partition (' ', 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition (None, 1) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' partition (None, 0) TypeError: str.partition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition () TypeError: str.rpartition() takes exactly one argument (0 given)
# expect: '-1é\t3\r\t4' rpartition (1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rpartition ('x',) ('', '', '-1é\t3\r\t4')
# expect: '-1é\t3\r\t4' rpartition (None,) TypeError: must be str, not NoneType
# expect: '-1é\t3\r\t4' rpartition (1, 2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition ('a', 'b') TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition ('a', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition (1.5,) TypeError: must be str, not float
# expect: '-1é\t3\r\t4' rpartition ([],) TypeError: must be str, not list
# expect: '-1é\t3\r\t4' rpartition ('',) ValueError: empty separator
# expect: '-1é\t3\r\t4' rpartition (-1,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rpartition (1180591620717411303424,) TypeError: must be str, not int
# expect: '-1é\t3\r\t4' rpartition (('a', 1),) TypeError: must be str, not tuple
# expect: '-1é\t3\r\t4' rpartition ('a', 'b', 'c') TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' rpartition ('a', 'b', 1.5) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' rpartition ('é',) ('-1', 'é', '\t3\r\t4')
# expect: '-1é\t3\r\t4' rpartition (True,) TypeError: must be str, not bool
# expect: '-1é\t3\r\t4' rpartition ('a', -2) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition ('b', None, -1) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' rpartition ('', 3) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition ('', 5) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition ('ab', 1, 1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' rpartition ((), 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition ('a', 0, -1180591620717411303424) TypeError: str.rpartition() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' rpartition (' ', 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition (None, 1) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' rpartition (None, 0) TypeError: str.rpartition() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix () TypeError: str.removeprefix() takes exactly one argument (0 given)
# expect: '-1é\t3\r\t4' removeprefix (1,) TypeError: removeprefix() argument must be str, not int
# expect: '-1é\t3\r\t4' removeprefix ('x',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' removeprefix (None,) TypeError: removeprefix() argument must be str, not None
# expect: '-1é\t3\r\t4' removeprefix (1, 2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix ('a', 'b') TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix ('a', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix (1.5,) TypeError: removeprefix() argument must be str, not float
# expect: '-1é\t3\r\t4' removeprefix ([],) TypeError: removeprefix() argument must be str, not list
# expect: '-1é\t3\r\t4' removeprefix ('',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' removeprefix (-1,) TypeError: removeprefix() argument must be str, not int
# expect: '-1é\t3\r\t4' removeprefix (1180591620717411303424,) TypeError: removeprefix() argument must be str, not int
# expect: '-1é\t3\r\t4' removeprefix (('a', 1),) TypeError: removeprefix() argument must be str, not tuple
# expect: '-1é\t3\r\t4' removeprefix ('a', 'b', 'c') TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removeprefix ('a', 'b', 1.5) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removeprefix ('é',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' removeprefix (True,) TypeError: removeprefix() argument must be str, not bool
# expect: '-1é\t3\r\t4' removeprefix ('a', -2) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix ('b', None, -1) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removeprefix ('', 3) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix ('', 5) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix ('ab', 1, 1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removeprefix ((), 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix ('a', 0, -1180591620717411303424) TypeError: str.removeprefix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removeprefix (' ', 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix (None, 1) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removeprefix (None, 0) TypeError: str.removeprefix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix () TypeError: str.removesuffix() takes exactly one argument (0 given)
# expect: '-1é\t3\r\t4' removesuffix (1,) TypeError: removesuffix() argument must be str, not int
# expect: '-1é\t3\r\t4' removesuffix ('x',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' removesuffix (None,) TypeError: removesuffix() argument must be str, not None
# expect: '-1é\t3\r\t4' removesuffix (1, 2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix ('a', 'b') TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix ('a', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix (1.5,) TypeError: removesuffix() argument must be str, not float
# expect: '-1é\t3\r\t4' removesuffix ([],) TypeError: removesuffix() argument must be str, not list
# expect: '-1é\t3\r\t4' removesuffix ('',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' removesuffix (-1,) TypeError: removesuffix() argument must be str, not int
# expect: '-1é\t3\r\t4' removesuffix (1180591620717411303424,) TypeError: removesuffix() argument must be str, not int
# expect: '-1é\t3\r\t4' removesuffix (('a', 1),) TypeError: removesuffix() argument must be str, not tuple
# expect: '-1é\t3\r\t4' removesuffix ('a', 'b', 'c') TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removesuffix ('a', 'b', 1.5) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removesuffix ('é',) '-1é\t3\r\t4'
# expect: '-1é\t3\r\t4' removesuffix (True,) TypeError: removesuffix() argument must be str, not bool
# expect: '-1é\t3\r\t4' removesuffix ('a', -2) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix ('b', None, -1) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removesuffix ('', 3) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix ('', 5) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix ('ab', 1, 1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removesuffix ((), 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix ('a', 0, -1180591620717411303424) TypeError: str.removesuffix() takes exactly one argument (3 given)
# expect: '-1é\t3\r\t4' removesuffix (' ', 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix (None, 1) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' removesuffix (None, 0) TypeError: str.removesuffix() takes exactly one argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs () '-1é     3\r        4'
# expect: '-1é\t3\r\t4' expandtabs (1,) '-1é 3\r 4'
# expect: '-1é\t3\r\t4' expandtabs ('x',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs (None,) TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs (1, 2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs ('a', 'b') TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs ('a', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs (1.5,) TypeError: 'float' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs ([],) TypeError: 'list' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs ('',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs (-1,) '-1é3\r4'
# expect: '-1é\t3\r\t4' expandtabs (1180591620717411303424,) OverflowError: Python int too large to convert to C int
# expect: '-1é\t3\r\t4' expandtabs (('a', 1),) TypeError: 'tuple' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs ('a', 'b', 'c') TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' expandtabs ('a', 'b', 1.5) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' expandtabs ('é',) TypeError: 'str' object cannot be interpreted as an integer
# expect: '-1é\t3\r\t4' expandtabs (True,) '-1é 3\r 4'
# expect: '-1é\t3\r\t4' expandtabs ('a', -2) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs ('b', None, -1) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' expandtabs ('', 3) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs ('', 5) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs ('ab', 1, 1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' expandtabs ((), 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs ('a', 0, -1180591620717411303424) TypeError: expandtabs() takes at most 1 argument (3 given)
# expect: '-1é\t3\r\t4' expandtabs (' ', 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs (None, 1) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: '-1é\t3\r\t4' expandtabs (None, 0) TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: split {'sep': 'b'} ['a', 'c']
# expect: split {'maxsplit': 1} ['abc']
# expect: split {'x': 1} TypeError: 'x' is an invalid keyword argument for split()
# expect: splitlines {'keepends': True} ['abc']
# expect: strip {'chars': 'a'} TypeError: str.strip() takes no keyword arguments
# expect: format {'a': 1} 'abc'
# expect: center {'width': 5} TypeError: str.center() takes no keyword arguments
# expect: expandtabs {'tabsize': 2} 'abc'
# expect: zfill {'width': 5} TypeError: str.zfill() takes no keyword arguments
