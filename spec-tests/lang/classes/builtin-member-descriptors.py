# complex.real/imag, slice and range start/stop/step are member descriptors
# in their type's __dict__ (tp_members); a getter or member read through an
# object of another type is a TypeError.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
def setr(o, n, v): setattr(o, n, v)
t('c set', lambda: setr(1j, 'real', 2))  # expect: c set ! AttributeError: readonly attribute
t('c del', lambda: delattr(1j, 'real'))  # expect: c del ! AttributeError: readonly attribute
t('s set', lambda: setr(slice(1), 'start', 2))  # expect: s set ! AttributeError: readonly attribute
t('r set', lambda: setr(range(1), 'start', 2))  # expect: r set ! AttributeError: readonly attribute
t('i set', lambda: setr(1, 'real', 2))  # expect: i set ! AttributeError: attribute 'real' of 'int' objects is not writable
d = complex.__dict__['real']
t('type', lambda: type(d).__name__)  # expect: type = 'member_descriptor'
t('name', lambda: (d.__name__, d.__qualname__, d.__objclass__))  # expect: name = ('real', 'complex.real', <class 'complex'>)
t('get none', lambda: d.__get__(None, complex) is d)  # expect: get none = True
t('get wrong', lambda: d.__get__(1, int))  # expect: get wrong ! TypeError: descriptor 'real' for 'complex' objects doesn't apply to a 'int' object
t('set desc', lambda: d.__set__(1j, 2))  # expect: set desc ! AttributeError: readonly attribute
t('del desc', lambda: d.__delete__(1j))  # expect: del desc ! AttributeError: readonly attribute
t('call', lambda: d(1j))  # expect: call ! TypeError: 'member_descriptor' object is not callable
t('get slice', lambda: slice.__dict__['step'].__get__(slice(1,2,3)))  # expect: get slice = 3
t('get range', lambda: range.__dict__['step'].__get__(range(1,9,2)))  # expect: get range = 2
t('sub', lambda: type('C', (complex,), {})(3, 4).imag)  # expect: sub = 4.0
t('int get wrong', lambda: int.__dict__['real'].__get__('x', str))  # expect: int get wrong ! TypeError: descriptor 'real' for 'int' objects doesn't apply to a 'str' object
class C(complex):
    real = 5
t('shadow', lambda: C(1, 2).real)  # expect: shadow = 5
class S:
    pass
t('hasattr', lambda: (hasattr(complex, 'real'), hasattr(slice, 'start'), hasattr(range, 'stop')))  # expect: hasattr = (True, True, True)
t('complex.real', lambda: complex.real)  # expect: complex.real = <member 'real' of 'complex' objects>
t('vars', lambda: sorted([k for k in slice.__dict__ if not k.startswith("__")]))  # expect: vars = ['indices', 'start', 'step', 'stop']
t('vars r', lambda: sorted([k for k in range.__dict__ if not k.startswith("__")]))  # expect: vars r = ['count', 'index', 'start', 'step', 'stop']
t('vars c', lambda: sorted([k for k in complex.__dict__ if not k.startswith("__")]))  # expect: vars c = ['conjugate', 'imag', 'real']
t('float getter wrong', lambda: float.__dict__['imag'].__get__(1j, complex))  # expect: float getter wrong ! TypeError: descriptor 'imag' for 'float' objects doesn't apply to a 'complex' object
t('int getter repr', lambda: int.__dict__['real'])  # expect: int getter repr = <attribute 'real' of 'int' objects>
t('getset name', lambda: (int.__dict__['real'].__name__, int.__dict__['real'].__qualname__))  # expect: getset name = ('real', 'int.real')
t('getset set wrong', lambda: int.__dict__['real'].__set__('x', 1))  # expect: getset set wrong ! TypeError: descriptor 'real' for 'int' objects doesn't apply to a 'str' object
t('member set wrong', lambda: slice.__dict__['start'].__set__(range(3), 1))  # expect: member set wrong ! TypeError: descriptor 'start' for 'slice' objects doesn't apply to a 'range' object
t('member values', lambda: (slice(1).start, slice(1).stop, range(2, 9, 3).stop, (3-4j).imag))  # expect: member values = (None, 1, 9, -4.0)
