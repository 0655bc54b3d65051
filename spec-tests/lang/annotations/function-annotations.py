def f(a: int, b: "text" = 1, *args: tuple, c: float = 2.0, **kw: dict) -> None:
    pass
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
def h(p: int, /, q: str) -> bool: return True
print(h.__annotations__)
try:
    h.__annotations__ = [1]
except TypeError as e:
    print(e)
h.__annotations__ = None
print(h.__annotations__)
print((lambda x: x).__annotations__)
order = []
def note(v):
    order.append(v)
    return v
def k(a: note("a") = note("default"), *, b: note("b"), **c: note("c")) -> note("ret"):
    pass
print(order)
class C:
    def m(self, __x: int) -> "C": pass
print(C.m.__annotations__)

# expect: {'a': <class 'int'>, 'b': 'text', 'args': <class 'tuple'>, 'c': <class 'float'>, 'kw': <class 'dict'>, 'return': None}
# expect: {}
# expect: {'x': <class 'int'>}
# expect: {'q': <class 'str'>, 'p': <class 'int'>, 'return': <class 'bool'>}
# expect: __annotations__ must be set to a dict object
# expect: {}
# expect: {}
# expect: ['default', 'a', 'b', 'c', 'ret']
# expect: {'_C__x': <class 'int'>, 'return': 'C'}
