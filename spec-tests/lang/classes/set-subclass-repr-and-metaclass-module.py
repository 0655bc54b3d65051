# A set or frozenset subclass shows its class's name; type.__new__ reached
# through a metaclass or through super() gives the class the caller's module.
class St(set):
    pass
class Fz(frozenset):
    pass
print(repr(St()), repr(St([3])), repr(Fz()), repr(Fz([1])))  # expect: St() St({3}) Fz() Fz({1})
print(repr(frozenset()), repr(frozenset([2])), repr(set()), repr({5}))  # expect: frozenset() frozenset({2}) set() {5}
print(St([1]) == {1}, type(St([1]) | {2}).__name__)  # expect: True set
class M(type):
    pass
N = M('N', (), {})
print(N, N.__module__, type(N).__name__)  # expect: <class '__main__.N'> __main__ M
class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
K = Meta('K', (), {'x': 1})
print(K, K.x)  # expect: <class '__main__.K'> 1
P = type.__new__(M, 'P', (), {})
print(P, P.__module__)  # expect: <class '__main__.P'> __main__
class Seen(type):
    def __new__(mcls, name, bases, ns):
        print(sorted(ns))  # expect: ['a']
        return type.__new__(mcls, name, bases, ns)
Q = Seen('Q', (), {'a': 2})
print(Q.__module__)  # expect: __main__
class Called(type):
    def __call__(cls, *args):
        print('call', sorted(args[2]) if len(args) == 3 else args)  # expect: call ()
        return super().__call__(*args)
class R(metaclass=Called):
    pass
print(R().__class__.__name__)  # expect: R
