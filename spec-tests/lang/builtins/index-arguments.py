# Built-ins that take an integer accept an object whose class has
# __index__ (PyNumber_AsSsize_t / _PyLong_AsInt), and name the object's
# own type when it has none.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class NotInt:
    def __index__(self): return 'x'
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
t('chr', lambda: chr(I(65)))  # expect: chr = 'A'
t('chr float', lambda: chr(1.5))  # expect: chr float ! TypeError: 'float' object cannot be interpreted as an integer
t('chr big', lambda: chr(I(2**70)))  # expect: chr big ! OverflowError: Python int too large to convert to C int
t('chr bool', lambda: chr(True))  # expect: chr bool = '\x01'
t('pop', lambda: [1, 2, 3].pop(I(1)))  # expect: pop = 2
t('pop float', lambda: [1, 2, 3].pop(1.0))  # expect: pop float ! TypeError: 'float' object cannot be interpreted as an integer
t('pop big', lambda: [1].pop(2**70))  # expect: pop big ! OverflowError: Python int too large to convert to C ssize_t
t('pop none', lambda: [1].pop(None))  # expect: pop none ! TypeError: 'NoneType' object cannot be interpreted as an integer
t('pop empty bad', lambda: [].pop('x'))  # expect: pop empty bad ! TypeError: 'str' object cannot be interpreted as an integer
t('insert', lambda: [1, 2, 3].insert(I(1), 'x'))  # expect: insert = None
t('insert float', lambda: [1, 2, 3].insert(1.0, 'x'))  # expect: insert float ! TypeError: 'float' object cannot be interpreted as an integer
t('insert big', lambda: [1].insert(2**70, 0))  # expect: insert big ! OverflowError: Python int too large to convert to C ssize_t
t('ljust', lambda: 'ab'.ljust(I(5), '*'))  # expect: ljust = 'ab***'
t('rjust', lambda: 'ab'.rjust(I(5)))  # expect: rjust = '   ab'
t('center', lambda: 'ab'.center(I(5)))  # expect: center = '  ab '
t('zfill', lambda: '-ab'.zfill(I(5)))  # expect: zfill = '-00ab'
t('ljust float', lambda: 'ab'.ljust(5.0))  # expect: ljust float ! TypeError: 'float' object cannot be interpreted as an integer
t('zfill float', lambda: 'ab'.zfill(5.0))  # expect: zfill float ! TypeError: 'float' object cannot be interpreted as an integer
t('ljust big', lambda: 'a'.ljust(2**70))  # expect: ljust big ! OverflowError: Python int too large to convert to C ssize_t
t('zfill neg big', lambda: 'a'.zfill(-2**70))  # expect: zfill neg big ! OverflowError: Python int too large to convert to C ssize_t
t('index returns str', lambda: 'a'.ljust(NotInt()))  # expect: index returns str ! TypeError: __index__ returned non-int (type str)
t('round', lambda: round(2.567, I(2)))  # expect: round = 2.57
t('round int', lambda: round(2567, I(-2)))  # expect: round int = 2600
t('round float', lambda: round(2.567, 2.0))  # expect: round float ! TypeError: 'float' object cannot be interpreted as an integer
t('round big', lambda: round(1.5, I(2**70)))  # expect: round big = 1.5
t('to_bytes', lambda: (5).to_bytes(I(2), 'big'))  # expect: to_bytes = b'\x00\x05'
t('to_bytes kw', lambda: (5).to_bytes(length=I(2), byteorder='little'))  # expect: to_bytes kw = b'\x05\x00'
t('to_bytes float', lambda: (5).to_bytes(2.0, 'big'))  # expect: to_bytes float ! TypeError: 'float' object cannot be interpreted as an integer
t('to_bytes neg', lambda: (5).to_bytes(I(-1), 'big'))  # expect: to_bytes neg ! ValueError: length argument must be non-negative
t('to_bytes big', lambda: (5).to_bytes(2**70, 'big'))  # expect: to_bytes big ! OverflowError: Python int too large to convert to C ssize_t
t('split', lambda: 'a b c'.split(' ', I(1)))  # expect: split = ['a', 'b c']
t('rsplit', lambda: 'a b c'.rsplit(maxsplit=I(1)))  # expect: rsplit = ['a b', 'c']
t('replace', lambda: 'aaa'.replace('a', 'b', I(2)))  # expect: replace = 'bba'
t('expandtabs', lambda: 'a\tb'.expandtabs(I(4)))  # expect: expandtabs = 'a   b'
t('expandtabs big', lambda: 'a\tb'.expandtabs(2**40))  # expect: expandtabs big ! OverflowError: Python int too large to convert to C int
t('splitlines', lambda: 'a\nb'.splitlines(I(1)))  # expect: splitlines = ['a\n', 'b']
xs = [1, 2, 3]
class Shrinks:
    def __index__(self):
        xs.clear()
        return 0
t('pop after index', lambda: xs.pop(Shrinks()))  # expect: pop after index ! IndexError: pop from empty list
t('int base', lambda: int('ff', I(16)))  # expect: int base = 255
t('int base kw', lambda: int('ff', base=I(16)))  # expect: int base kw = 255
t('int base float', lambda: int('ff', 16.0))  # expect: int base float ! TypeError: 'float' object cannot be interpreted as an integer
t('int base big', lambda: int('ff', 2**100))  # expect: int base big ! ValueError: int() base must be >= 2 and <= 36, or 0
t('int base bad', lambda: int('ff', I(99)))  # expect: int base bad ! ValueError: int() base must be >= 2 and <= 36, or 0
t('enumerate', lambda: list(enumerate('ab', I(3))))  # expect: enumerate = [(3, 'a'), (4, 'b')]
t('enumerate big', lambda: list(enumerate('ab', I(2**70))))  # expect: enumerate big = [(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]
t('enumerate float', lambda: list(enumerate('ab', 1.5)))  # expect: enumerate float ! TypeError: 'float' object cannot be interpreted as an integer
t('enumerate order', lambda: list(enumerate(5, 1.5)))  # expect: enumerate order ! TypeError: 'float' object cannot be interpreted as an integer
t('enumerate kw', lambda: list(enumerate('a', start=I(-1))))  # expect: enumerate kw = [(-1, 'a')]
