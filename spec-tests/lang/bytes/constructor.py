# bytes(source, encoding, errors): bytes_new_impl's forms and errors (encoding
# a str waits for the codecs, so no case encodes).
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIndex:
    def __index__(self): return 'x'
class WithBytes:
    def __bytes__(self): return b'wb'
class BadBytes:
    def __bytes__(self): return 'no'
class Sub(bytes):
    pass
t('empty', lambda: bytes())  # expect: empty = b''
t('int', lambda: bytes(3))  # expect: int = b'\x00\x00\x00'
t('index', lambda: bytes(I(2)))  # expect: index = b'\x00\x00'
t('bool', lambda: bytes(True))  # expect: bool = b'\x00'
t('neg', lambda: bytes(-1))  # expect: neg ! ValueError: negative count
t('neg index', lambda: bytes(I(-1)))  # expect: neg index ! ValueError: negative count
t('big', lambda: bytes(2**70))  # expect: big ! OverflowError: cannot fit 'int' into an index-sized integer
t('bad index', lambda: bytes(BadIndex()))  # expect: bad index ! TypeError: cannot convert 'BadIndex' object to bytes
t('list', lambda: bytes([65, 66, I(67)]))  # expect: list = b'ABC'
t('tuple', lambda: bytes((0, 255)))  # expect: tuple = b'\x00\xff'
t('range', lambda: bytes(range(97, 100)))  # expect: range = b'abc'
t('iter', lambda: bytes(iter([1, 2])))  # expect: iter = b'\x01\x02'
t('bytes', lambda: bytes(b'xy'))  # expect: bytes = b'xy'
t('out of range', lambda: bytes([256]))  # expect: out of range ! ValueError: bytes must be in range(0, 256)
t('neg item', lambda: bytes([-1]))  # expect: neg item ! ValueError: bytes must be in range(0, 256)
t('big item', lambda: bytes([2**70]))  # expect: big item ! ValueError: bytes must be in range(0, 256)
t('float item', lambda: bytes([1.5]))  # expect: float item ! TypeError: 'float' object cannot be interpreted as an integer
t('str item', lambda: bytes(['a']))  # expect: str item ! TypeError: 'str' object cannot be interpreted as an integer
t('float', lambda: bytes(1.5))  # expect: float ! TypeError: cannot convert 'float' object to bytes
t('str', lambda: bytes('abc'))  # expect: str ! TypeError: string argument without an encoding
t('none', lambda: bytes(None))  # expect: none ! TypeError: cannot convert 'NoneType' object to bytes
t('__bytes__', lambda: bytes(WithBytes()))  # expect: __bytes__ = b'wb'
t('bad __bytes__', lambda: bytes(BadBytes()))  # expect: bad __bytes__ ! TypeError: __bytes__ returned non-bytes (type str)
t('enc no str', lambda: bytes(3, 'ascii'))  # expect: enc no str ! TypeError: encoding without a string argument
t('enc none', lambda: bytes(encoding='ascii'))  # expect: enc none ! TypeError: encoding without a string argument
t('errors none', lambda: bytes(errors='strict'))  # expect: errors none ! TypeError: errors without a string argument
t('errors no str', lambda: bytes(3, errors='strict'))  # expect: errors no str ! TypeError: errors without a string argument
t('errors str', lambda: bytes('a', errors='strict'))  # expect: errors str ! TypeError: string argument without an encoding
t('enc type', lambda: bytes('a', 5))  # expect: enc type ! TypeError: bytes() argument 'encoding' must be str, not int
t('too many', lambda: bytes(1, 'a', 'b', 'c'))  # expect: too many ! TypeError: bytes() takes at most 3 arguments (4 given)
t('bad kw', lambda: bytes(x=1))  # expect: bad kw ! TypeError: 'x' is an invalid keyword argument for bytes()
t('source kw', lambda: bytes(source=[1]))  # expect: source kw = b'\x01'
t('sub', lambda: (type(Sub(b'ab')).__name__, Sub(b'ab'), Sub(2)))  # expect: sub = ('Sub', b'ab', b'\x00\x00')
t('sub eq', lambda: Sub([1]) == b'\x01')  # expect: sub eq = True
t('repr type', lambda: bytes)  # expect: repr type = <class 'bytes'>
t('isinstance', lambda: isinstance(b'', bytes))  # expect: isinstance = True
t('from_bytes index', lambda: int.from_bytes([I(1), 2], 'big'))  # expect: from_bytes index = 258
t('dict', lambda: bytes({1: 2, 3: 4}))  # expect: dict = b'\x01\x03'
t('set', lambda: bytes({7}))  # expect: set = b'\x07'
