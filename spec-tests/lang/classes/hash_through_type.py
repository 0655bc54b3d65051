# hash() asks the object's type (its tp_hash), also for the items of a tuple.
class A:
    def __hash__(self):
        return 5
print(hash((A(),)) == hash((5,)))  # expect: True
class I(int):
    def __hash__(self):
        return 7
print(hash((I(3),)) == hash((7,)), hash(((I(3),),)) == hash(((7,),)))  # expect: True True
class T(tuple):
    def __hash__(self):
        return 11
print(hash(((T((1,)),),)) == hash(((11,),)))  # expect: True
class L(list):
    pass
try:
    hash((1, L()))
except TypeError as e:
    print(e)  # expect: unhashable type: 'L'
class N:
    __hash__ = None
try:
    hash((1, N()))
except TypeError as e:
    print(e)  # expect: unhashable type: 'N'
class F(frozenset):
    pass
print(hash(F([1, 2])) == hash(frozenset([1, 2])), hash(I(3)), L.__hash__)  # expect: True 7 None
print('__hash__' in int.__dict__, '__hash__' in bool.__dict__, list.__hash__, '__hash__' in type.__dict__)  # expect: True False None False
print(len({(A(), 1), (A(), 1)}))  # expect: 2
