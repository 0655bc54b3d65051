import types
m = types.ModuleType('m'); m.__dir__ = lambda: ['z', 'a']; print(dir(m))
class Bad:
    def __dir__(self): return 5
try: dir(Bad())
except TypeError as e: print(e)
class Meta(type):
    def __dir__(cls): return ['q']
class K(metaclass=Meta): pass
print(dir(K))

# expect: ['a', 'z']
# expect: 'int' object is not iterable
# expect: ['q']
