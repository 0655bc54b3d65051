class G:
    def get(self, k, d): raise KeyError("from get")
class M(dict):
    get = G.get
try:
    match M(a=1):
        case {"a": 1}: pass
except KeyError as e: print("KeyError", e)
class N(dict):
    get = 5
try:
    match N(a=1):
        case {"a": 1}: pass
except TypeError as e: print(e)
try:
    match {"a": 1}:
        case {"a": [1, 2]} if 1/0: pass
except ZeroDivisionError as e: print(e)
class LenBad(list):
    def __len__(self): raise RuntimeError("len")
try:
    match LenBad([1]):
        case [x]: pass
except RuntimeError as e: print(e)
try:
    match {}:
        case {"a": 1, **r}: pass
        case {**r}: print(r)
except Exception as e: print(e)
class K:
    L = [1]
try:
    match {"a": 1}:
        case {K.L: 1}: pass
except TypeError as e: print(e)
# expect: KeyError 'from get'
# expect: 'int' object is not callable
# expect: len
# expect: {}
# expect: unhashable type: 'list'
