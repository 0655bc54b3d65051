class M:
    def __getitem__(self, k): raise KeyError(k)
try: eval('dir()', {}, M())
except Exception as e: print(type(e).__name__, e)
class L(M):
    def keys(self): return ['z', 'b', 'a']
l = L()
print(eval('dir()', {}, l))
class I(M):
    def keys(self): return iter(('q', 'c'))
print(eval('dir()', {}, I()))
class T(M):
    def keys(self): return 5
try: eval('dir()', {}, T())
except Exception as e: print(type(e).__name__, e)
class D(dict):
    def keys(self): return ['only']
print(eval('dir()', {}, D(x=1, y=2)))
class Mixed(M):
    def keys(self): return ['a', 1]
try: eval('dir()', {}, Mixed())
except Exception as e: print(type(e).__name__, e)
class Same(M):
    names = ['y', 'x']
    def keys(self): return self.names
r = eval('dir()', {}, Same())
print(r, r is Same.names)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return D()
class C(metaclass=Meta):
    a = 1
    print(dir())
print(exec('print(dir())', {}, I()))

# expect: AttributeError 'M' object has no attribute 'keys'
# expect: ['a', 'b', 'z']
# expect: ['c', 'q']
# expect: TypeError T.keys() returned a non-iterable (type int)
# expect: ['only']
# expect: TypeError '<' not supported between instances of 'int' and 'str'
# expect: ['x', 'y'] True
# expect: ['only']
# expect: ['c', 'q']
# expect: None
