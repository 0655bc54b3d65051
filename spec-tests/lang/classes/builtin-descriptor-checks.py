# Built-in descriptors check what they are used on: a method, getter or
# member on another type's object, a class method bound to a non-subtype.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
t('1', lambda: int.__add__('a', 1))  # expect: 1 ! TypeError: descriptor '__add__' requires a 'int' object but received a 'str'
t('2', lambda: complex.__dict__['conjugate']('x'))  # expect: 2 ! TypeError: descriptor 'conjugate' for 'complex' objects doesn't apply to a 'str' object
t('3', lambda: float.__dict__['hex'](1))  # expect: 3 ! TypeError: descriptor 'hex' for 'float' objects doesn't apply to a 'int' object
t('4', lambda: float.fromhex.__func__ if False else float.__dict__['fromhex'].__get__(None, int)('0x1'))  # expect: 4 ! TypeError: descriptor 'fromhex' requires a subtype of 'float' but received 'int'
t('5', lambda: slice.__dict__['indices'](range(2), 3))  # expect: 5 ! TypeError: descriptor 'indices' for 'slice' objects doesn't apply to a 'range' object
t('6', lambda: range.__dict__['count'](slice(1), 1))  # expect: 6 ! TypeError: descriptor 'count' for 'range' objects doesn't apply to a 'slice' object
t('7', lambda: int.__dict__['to_bytes'](1.5))  # expect: 7 ! TypeError: descriptor 'to_bytes' for 'int' objects doesn't apply to a 'float' object
t('8', lambda: float.__dict__['imag'].__get__(None, float))  # expect: 8 = <attribute 'imag' of 'float' objects>
t('9', lambda: complex.__dict__['real'].__get__(True, int))  # expect: 9 ! TypeError: descriptor 'real' for 'complex' objects doesn't apply to a 'bool' object
t('10', lambda: str.__dict__['ljust'](b'x', 3))  # expect: 10 ! TypeError: descriptor 'ljust' for 'str' objects doesn't apply to a 'bytes' object
t('11', lambda: list.__dict__['pop'](()))  # expect: 11 ! TypeError: descriptor 'pop' for 'list' objects doesn't apply to a 'tuple' object
t('12', lambda: float.__dict__['fromhex'].__get__(1.0, float)('0x1p1'))  # expect: 12 = 2.0
t('13', lambda: float.__dict__['fromhex'].__get__(None, 5))  # expect: 13 ! TypeError: descriptor 'fromhex' for type 'float' needs a type, not a 'int' as arg 2
t('14', lambda: dict.__dict__['fromkeys'].__get__(None, list))  # expect: 14 ! TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'list'
t('15', lambda: dict.__dict__['fromkeys'].__get__({}, None)('ab'))  # expect: 15 = {'a': None, 'b': None}
class D(dict): pass
t('16', lambda: dict.__dict__['fromkeys'].__get__(None, D)('ab'))  # expect: 16 = {'a': None, 'b': None}
t('17', lambda: type(dict.__dict__['fromkeys'].__get__(None, D)('ab')).__name__)  # expect: 17 = 'D'
