# Truth of a container subclass goes through its __len__ when the base
# type has no __bool__ of its own (set, frozenset, list, dict, tuple, str).
class S(set):
    def __len__(self):
        return 0
class F(frozenset):
    def __len__(self):
        return 0
class L(list):
    def __len__(self):
        return 0
class D(dict):
    def __len__(self):
        return 1
print(bool(S([1])), bool(F([1])), bool(L([1])), bool(D()))  # expect: False False False True
print('__bool__' in dir(set()), '__bool__' in dir(1), bool(set()), bool({1}))  # expect: False True False True
print('yes' if S([1]) else 'no', not F([2]))  # expect: no True
