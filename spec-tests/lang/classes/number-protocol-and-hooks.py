# The number protocol on classes (__index__, __int__, __float__, __round__,
# __invert__), __contains__, __missing__, metaclass instance checks and
# __class__ assignment.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 2
    def __int__(self): return 7
    def __float__(self): return 1.5
    def __round__(self, n=None): return ('rounded', n)
    def __invert__(self): return 'inv'
    def __contains__(self, x): return x == 3
t(lambda: [10, 20, 30][I()])  # expect: 30
t(lambda: (10, 20, 30)[I()])  # expect: 30
t(lambda: 'abcd'[I()])  # expect: c
t(lambda: (int(I()), float(I()), round(I()), round(I(), 3), ~I()))  # expect: (7, 1.5, ('rounded', None), ('rounded', 3), 'inv')
t(lambda: (3 in I(), 4 in I()))  # expect: (True, False)
t(lambda: (range(I()), bin(I()), hex(I()), oct(I())))  # expect: (range(0, 2), '0b10', '0x2', '0o2')
t(lambda: ('ab' * I(), I() * [0], [1] * I()))  # expect: ('abab', [0, 0], [1, 1])
t(lambda: {I(): 1}.get(2))  # expect: None
xs = [1, 2, 3]
xs[I()] = 'x'
t(lambda: xs)  # expect: [1, 2, 'x']
class OnlyIndex:
    def __index__(self): return 5
t(lambda: (int(OnlyIndex()), float(OnlyIndex())))  # expect: (5, 5.0)
class BadIndex:
    def __index__(self): return 'five'
t(lambda: [1][BadIndex()])  # expect: TypeError __index__ returned non-int (type str)
class BadInt:
    def __int__(self): return 1.5
t(lambda: int(BadInt()))  # expect: TypeError __int__ returned non-int (type float)
class BadFloat:
    def __float__(self): return 1
t(lambda: float(BadFloat()))  # expect: TypeError BadFloat.__float__ returned non-float (type int)
class NoRound: pass
t(lambda: round(NoRound()))  # expect: TypeError type NoRound doesn't define __round__ method
t(lambda: ~NoRound())  # expect: TypeError bad operand type for unary ~: 'NoRound'
t(lambda: int(NoRound()))  # expect: TypeError int() argument must be a string, a bytes-like object or a real number, not 'NoRound'
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default()
t(lambda: (d['abc'], d))  # expect: (3, {'abc': 3})
class Even(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub): return sub is bool
class EvenNumber(metaclass=Even): pass
t(lambda: (isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance(EvenNumber(), EvenNumber)))  # expect: (True, False, True)
t(lambda: (issubclass(bool, EvenNumber), issubclass(int, EvenNumber)))  # expect: (True, False)
t(lambda: isinstance(4, (str, EvenNumber)))  # expect: True
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
t(lambda: (type(a).__name__, a.who()))  # expect: ('B', 'B')
def bad1(): a.__class__ = 1
def bad2(): a.__class__ = int
def bad3(): del a.__class__
class L(list): pass
def bad4(): a.__class__ = L
t(bad1)  # expect: TypeError __class__ must be set to a class, not 'int' object
t(bad2)  # expect: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
t(bad3)  # expect: TypeError can't delete __class__ attribute
t(bad4)  # expect: TypeError __class__ assignment: 'L' object layout differs from 'B'
