# getitem/setitem/delitem, contains, concat/iconcat, countOf/indexOf, length_hint, call.
import _operator as o
def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, "->", r)
    except Exception as e:
        print(f.__name__, "!!", type(e).__name__, e)
d = {"a": 1}
show(o.getitem, d, "a"); show(o.getitem, d, "b"); show(o.getitem, "abc", slice(1, None)); show(o.getitem, 1, 0)
show(o.setitem, d, "b", 2); print(d); show(o.setitem, (1,), 0, 2); show(o.setitem, [1], 4, 2)
show(o.delitem, d, "a"); print(d); show(o.delitem, [1], 5); show(o.delitem, "a", 0)
show(o.contains, "abc", "bc"); show(o.contains, {1: 2}, 2); show(o.contains, 1, 2); show(o.contains, "a", 1)
for a, b in [([1], [2]), ((1,), [2]), ("a", "b"), ("a", 1), (b"a", bytearray(b"b")), (range(1), range(2)),
             ({1}, {2}), ({}, 1), (1, []), ([], "ab")]:
    show(o.concat, a, b)
    show(o.iconcat, a, b)
lst = [1]
print(o.iconcat(lst, (2, 3)) is lst, lst, o.iconcat(lst, iter([4])) is lst, lst)
ba = bytearray(b"x")
print(o.iconcat(ba, b"y") is ba, ba)
class Seq:
    def __getitem__(self, i): return i
    def __add__(self, other): return "Seq.__add__"
    def __iadd__(self, other): return "Seq.__iadd__"
class NotSeq:
    def __add__(self, other): return "NotSeq.__add__"
show(o.concat, Seq(), Seq()); show(o.iconcat, Seq(), Seq()); show(o.concat, Seq(), [1])
show(o.concat, NotSeq(), NotSeq()); show(o.concat, [1], Seq())
class T(tuple):
    def __add__(self, other): return "T.__add__"
class L(list):
    def __iadd__(self, other): return "L.__iadd__"
class S(str):
    def __add__(self, other): return "S.__add__"
class PlainL(list): pass
show(o.concat, T((1,)), (2,)); show(o.iconcat, L([1]), [2]); show(o.concat, S("a"), "b"); show(o.iconcat, S("a"), "b")
pl = PlainL([1])
print(o.iconcat(pl, [2]) is pl, pl)
for seq, x in [([1, 1.0, True, 2], 1), ("abcb", "b"), ({1: 2, 3: 4}, 3), (iter([5, 6, 5]), 5), ([float("nan")], float("nan"))]:
    show(o.countOf, seq, x)
nan = float("nan")
show(o.countOf, [nan, nan], nan); show(o.indexOf, [0, nan], nan)
show(o.indexOf, "abc", "c"); show(o.indexOf, [4, 3], 0); show(o.indexOf, 1, 2); show(o.countOf, None, None)
it = iter([1, 2, 3, 4])
show(o.indexOf, it, 2); print(list(it))
class BadIter:
    def __iter__(self): raise ZeroDivisionError("no")
show(o.countOf, BadIter(), 1); show(o.indexOf, BadIter(), 1); show(o.contains, BadIter(), 1)
class TypeErrIter:
    def __iter__(self): raise TypeError("mine")
show(o.countOf, TypeErrIter(), 1)
class Eq:
    def __eq__(self, other): raise ValueError("eq")
show(o.countOf, [Eq()], 1)
def f(*args, **kwargs): return args, kwargs
print(o.call(f), o.call(f, 1, 2), o.call(f, obj=3), o.call(f, 1, a=2, obj=3))
print(o.call(dict, [(1, 2)], a=3), o.call(len, "abc"))
show(o.call, 1)

# expect: getitem -> 1
# expect: getitem !! KeyError 'b'
# expect: getitem -> bc
# expect: getitem !! TypeError 'int' object is not subscriptable
# expect: setitem -> None
# expect: {'a': 1, 'b': 2}
# expect: setitem !! TypeError 'tuple' object does not support item assignment
# expect: setitem !! IndexError list assignment index out of range
# expect: delitem -> None
# expect: {'b': 2}
# expect: delitem !! IndexError list assignment index out of range
# expect: delitem !! TypeError 'str' object doesn't support item deletion
# expect: contains -> True
# expect: contains -> False
# expect: contains !! TypeError argument of type 'int' is not iterable
# expect: contains !! TypeError 'in <string>' requires string as left operand, not int
# expect: concat -> [1, 2]
# expect: iconcat -> [1, 2]
# expect: concat !! TypeError can only concatenate tuple (not "list") to tuple
# expect: iconcat !! TypeError can only concatenate tuple (not "list") to tuple
# expect: concat -> ab
# expect: iconcat -> ab
# expect: concat !! TypeError can only concatenate str (not "int") to str
# expect: iconcat !! TypeError can only concatenate str (not "int") to str
# expect: concat -> b'ab'
# expect: iconcat -> b'ab'
# expect: concat !! TypeError 'range' object can't be concatenated
# expect: iconcat !! TypeError 'range' object can't be concatenated
# expect: concat !! TypeError 'set' object can't be concatenated
# expect: iconcat !! TypeError 'set' object can't be concatenated
# expect: concat !! TypeError 'dict' object can't be concatenated
# expect: iconcat !! TypeError 'dict' object can't be concatenated
# expect: concat !! TypeError 'int' object can't be concatenated
# expect: iconcat !! TypeError 'int' object can't be concatenated
# expect: concat !! TypeError can only concatenate list (not "str") to list
# expect: iconcat -> ['a', 'b']
# expect: True [1, 2, 3, 4] True [1, 2, 3, 4]
# expect: True bytearray(b'xy')
# expect: concat -> Seq.__add__
# expect: iconcat -> Seq.__iadd__
# expect: concat -> Seq.__add__
# expect: concat !! TypeError 'NotSeq' object can't be concatenated
# expect: concat !! TypeError can only concatenate list (not "Seq") to list
# expect: concat -> T.__add__
# expect: iconcat -> [1, 2]
# expect: concat -> S.__add__
# expect: iconcat -> S.__add__
# expect: True [1, 2]
# expect: countOf -> 3
# expect: countOf -> 2
# expect: countOf -> 1
# expect: countOf -> 2
# expect: countOf -> 0
# expect: countOf -> 2
# expect: indexOf -> 1
# expect: indexOf -> 2
# expect: indexOf !! ValueError sequence.index(x): x not in sequence
# expect: indexOf !! TypeError argument of type 'int' is not iterable
# expect: countOf !! TypeError argument of type 'NoneType' is not iterable
# expect: indexOf -> 1
# expect: [3, 4]
# expect: countOf !! ZeroDivisionError no
# expect: indexOf !! ZeroDivisionError no
# expect: contains !! ZeroDivisionError no
# expect: countOf !! TypeError argument of type 'TypeErrIter' is not iterable
# expect: countOf !! ValueError eq
# expect: ((), {}) ((1, 2), {}) ((), {'obj': 3}) ((1,), {'a': 2, 'obj': 3})
# expect: {1: 2, 'a': 3} 3
# expect: call !! TypeError 'int' object is not callable
