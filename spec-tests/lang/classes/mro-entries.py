# PEP 560: a base that is not a class is replaced by what its
# __mro_entries__ returns; the bases as written stay in __orig_bases__.
asked = []
class Alias:
    def __init__(self, *classes):
        self.classes = classes
    def __mro_entries__(self, bases):
        asked.append(len(bases))
        return self.classes

class C(Alias(int)):
    pass
print(C.__mro__, C.__bases__, type(C.__orig_bases__[0]).__name__)  # expect: (<class '__main__.C'>, <class 'int'>, <class 'object'>) (<class 'int'>,) Alias
print(C(5) + 1, '__orig_bases__' in C.__dict__)  # expect: 6 True

class D(Alias(), list):
    pass
print(D.__bases__, len(D.__orig_bases__))  # expect: (<class 'list'>,) 2

class Plain(int):
    pass
print('__orig_bases__' in Plain.__dict__)  # expect: False

class E(Alias(dict, object)):
    pass
print(E.__mro__)  # expect: (<class '__main__.E'>, <class 'dict'>, <class 'object'>)

try:
    type('T', (Alias(int),), {})
except TypeError as e:
    print(e)  # expect: type() doesn't support MRO entry resolution; use types.new_class()

class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    class F(Bad()):
        pass
except TypeError as e:
    print(e)  # expect: __mro_entries__ must return a tuple

class Raises:
    def __mro_entries__(self, bases):
        raise KeyError('no entries')
try:
    class G(Raises()):
        pass
except KeyError as e:
    print('KeyError', e)  # expect: KeyError 'no entries'
print(asked)  # expect: [1, 2, 1]
