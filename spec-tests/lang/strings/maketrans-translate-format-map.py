# str.maketrans (its three forms and its errors), str.translate (tables of
# every kind, LookupError leaves a character) and str.format_map.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: str.maketrans({'a': 'b', 98: None, 'c': 3}))   # expect: {97: 'b', 98: None, 99: 3}
t(lambda: str.maketrans('abc', 'xyz'))   # expect: {97: 120, 98: 121, 99: 122}
t(lambda: str.maketrans('abc', 'xyz', 'q'))   # expect: {97: 120, 98: 121, 99: 122, 113: None}
t(lambda: str.maketrans('ab', 'xyz'))   # expect: ValueError: the first two maketrans arguments must have equal length
t(lambda: str.maketrans({'ab': 1}))   # expect: ValueError: string keys in translate table must be of length 1
t(lambda: str.maketrans({1.5: 1}))   # expect: TypeError: keys in translate table must be strings or integers
t(lambda: str.maketrans([1]))   # expect: TypeError: if you give only one argument to maketrans it must be a dict
t(lambda: str.maketrans('a'))   # expect: TypeError: if you give only one argument to maketrans it must be a dict
t(lambda: str.maketrans(1, 'a'))   # expect: TypeError: first maketrans argument must be a string if there is a second argument
t(lambda: str.maketrans('a', 1))   # expect: TypeError: maketrans() argument 2 must be str, not int
t(lambda: str.maketrans('a', 'b', 1))   # expect: TypeError: maketrans() argument 3 must be str, not int
t(lambda: str.maketrans())   # expect: TypeError: maketrans expected at least 1 argument, got 0
t(lambda: str.maketrans(1,2,3,4))   # expect: TypeError: maketrans expected at most 3 arguments, got 4
t(lambda: str.maketrans({}, 'a'))   # expect: TypeError: first maketrans argument must be a string if there is a second argument
t(lambda: str.maketrans(x=1))   # expect: TypeError: str.maketrans() takes no keyword arguments
t(lambda: 'q'.maketrans('a', 'b'))   # expect: {97: 98}
t(lambda: str.maketrans({True: 'x'}))   # expect: {True: 'x'}
t(lambda: str.maketrans({'': 'x'}))   # expect: ValueError: string keys in translate table must be of length 1
t(lambda: str.maketrans({'a': 'b'}, None))   # expect: TypeError: maketrans() argument 2 must be str, not None
t(lambda: str.maketrans('', '', 'abc'))   # expect: {97: None, 98: None, 99: None}
t(lambda: 'abcabc'.translate({97: 'X', 98: None, 99: 100}))   # expect: 'XdXd'
t(lambda: 'abc'.translate({97: 'XYZ'}))   # expect: 'XYZbc'
t(lambda: 'abc'.translate({97: 1.5}))   # expect: TypeError: character mapping must return integer, None or str
t(lambda: 'abc'.translate({97: -1}))   # expect: ValueError: character mapping must be in range(0x110000)
t(lambda: 'abc'.translate({97: 0x110000}))   # expect: ValueError: character mapping must be in range(0x110000)
t(lambda: 'abc'.translate([ 'z' ] * 98))   # expect: 'zbc'
t(lambda: 'abc'.translate('xyz'))   # expect: 'abc'
t(lambda: 'abc'.translate(5))   # expect: TypeError: 'int' object is not subscriptable
t(lambda: 'abc'.translate())   # expect: TypeError: str.translate() takes exactly one argument (0 given)
t(lambda: 'abc'.translate({}, 1))   # expect: TypeError: str.translate() takes exactly one argument (2 given)
t(lambda: 'abc'.translate(table={}))   # expect: TypeError: str.translate() takes no keyword arguments
t(lambda: 'héllo'.translate({ord('é'): 'e'}))   # expect: 'hello'
t(lambda: '{a}-{b}'.format_map({'a': 1, 'b': 2}))   # expect: '1-2'
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
t(lambda: '{a}-{b}'.format_map(D(a=1)))   # expect: '1-<b>'
t(lambda: '{a}'.format_map({}))   # expect: KeyError: 'a'
t(lambda: '{}'.format_map({}))   # expect: ValueError: Format string contains positional fields
t(lambda: '{0}'.format_map({0: 1}))   # expect: ValueError: Format string contains positional fields
t(lambda: '{a}'.format_map(5))   # expect: TypeError: 'int' object is not subscriptable
t(lambda: '{a}'.format_map())   # expect: TypeError: str.format_map() takes exactly one argument (0 given)
t(lambda: '{a.real}'.format_map({'a': 3}))   # expect: '3'
t(lambda: '{a[x]}'.format_map({'a': {'x': 9}}))   # expect: '9'
