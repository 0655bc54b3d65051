import re, weakref, copy
def show(f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(repr(r))
p = re.compile(r"(?P<n>a)(b)?")
m = p.match("ab")
show(lambda: re.Pattern())
show(lambda: re.Match())
show(lambda: type("X", (re.Pattern,), {}))
show(lambda: type(p.scanner("a"))())
show(lambda: setattr(m, "pos", 1))
show(lambda: setattr(m, "lastgroup", 1))
show(lambda: setattr(p, "flags", 1))
show(lambda: setattr(p, "groupindex", 1))
show(lambda: setattr(m, "foo", 1))
show(lambda: p.__copy__(1))
show(lambda: p.__deepcopy__())
show(lambda: m.__copy__(1))
show(lambda: m.__deepcopy__(1, 2))
show(lambda: (copy.copy(p) is p, copy.deepcopy(m) is m))
show(lambda: weakref.ref(p)() is p)
show(lambda: weakref.ref(m))
show(lambda: (re.Pattern.__module__, re.Match.__name__, type(p.scanner("")).__name__, type(p.scanner("")).__module__))
show(lambda: (hash(p) == hash(re.compile(r"(?P<n>a)(b)?")), hash(re.compile("a")), hash(re.compile(b"a", re.I))))
show(lambda: m.start(True))
show(lambda: p.groupindex["n"])
show(lambda: p.groupindex.__class__.__name__)
re.compile(r"a(b|[c-e])*?\1", re.DEBUG)

# expect: ('TypeError', "cannot create 're.Pattern' instances")
# expect: ('TypeError', "cannot create 're.Match' instances")
# expect: ('TypeError', "type 're.Pattern' is not an acceptable base type")
# expect: ('TypeError', "cannot create '_sre.SRE_Scanner' instances")
# expect: ('AttributeError', 'readonly attribute')
# expect: ('AttributeError', "attribute 'lastgroup' of 're.Match' objects is not writable")
# expect: ('AttributeError', 'readonly attribute')
# expect: ('AttributeError', "attribute 'groupindex' of 're.Pattern' objects is not writable")
# expect: ('AttributeError', "'re.Match' object has no attribute 'foo'")
# expect: ('TypeError', 'Pattern.__copy__() takes no arguments (1 given)')
# expect: ('TypeError', 'Pattern.__deepcopy__() takes exactly one argument (0 given)')
# expect: ('TypeError', 'Match.__copy__() takes no arguments (1 given)')
# expect: ('TypeError', 'Match.__deepcopy__() takes exactly one argument (2 given)')
# expect: (True, True)
# expect: True
# expect: ('TypeError', "cannot create weak reference to 're.Match' object")
# expect: ('re', 'Match', 'SRE_Scanner', '_sre')
# expect: (True, -7207334150600543615, -1629984239425026777)
# expect: 0
# expect: 1
# expect: 'mappingproxy'
# expect: LITERAL 97
# expect: MIN_REPEAT 0 MAXREPEAT
# expect:   SUBPATTERN 1 0 0
# expect:     IN
# expect:       LITERAL 98
# expect:       RANGE (99, 101)
# expect: GROUPREF 1
# expect:
# expect:  0. INFO 8 0b1 2 MAXREPEAT (to 9)
# expect:       prefix_skip 1
# expect:       prefix [0x61] ('a')
# expect:       overlap [0]
# expect:  9: LITERAL 0x61 ('a')
# expect: 11. REPEAT 13 0 MAXREPEAT (to 25)
# expect: 15.   MARK 0
# expect: 17.   IN 5 (to 23)
# expect: 19.     RANGE 0x62 0x65 ('b'-'e')
# expect: 22.     FAILURE
# expect: 23:   MARK 1
# expect: 25: MIN_UNTIL
# expect: 26. GROUPREF 0
# expect: 28. SUCCESS
