# Argument errors, family by family, as Argument Clinic words them.
import _operator as o
one = ["neg", "pos", "abs", "inv", "invert", "index", "truth", "not_"]
two = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
       "iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor",
       "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not", "concat", "iconcat", "contains", "countOf", "indexOf",
       "getitem", "delitem", "_compare_digest"]
def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("no error")
    except TypeError as e:
        print(e)
for name in one:
    f = getattr(o, name)
    attempt(f)
    attempt(f, 1, 2)
    attempt(f, a=1)
for name in two:
    f = getattr(o, name)
    attempt(f, 1)
    attempt(f, 1, 2, 3)
    attempt(f, a=1, b=2)
attempt(o.setitem, [1], 0)
attempt(o.setitem, [1], 0, 1, 2)
attempt(o.setitem, a=1)
attempt(o.length_hint)
attempt(o.length_hint, [], 1, 2)
attempt(o.length_hint, [], default=1)
attempt(o.length_hint, [], 1.5)
attempt(o.call)
attempt(o.call, obj=len)
attempt(o.call, len)

# expect: _operator.neg() takes exactly one argument (0 given)
# expect: _operator.neg() takes exactly one argument (2 given)
# expect: _operator.neg() takes no keyword arguments
# expect: _operator.pos() takes exactly one argument (0 given)
# expect: _operator.pos() takes exactly one argument (2 given)
# expect: _operator.pos() takes no keyword arguments
# expect: _operator.abs() takes exactly one argument (0 given)
# expect: _operator.abs() takes exactly one argument (2 given)
# expect: _operator.abs() takes no keyword arguments
# expect: _operator.inv() takes exactly one argument (0 given)
# expect: _operator.inv() takes exactly one argument (2 given)
# expect: _operator.inv() takes no keyword arguments
# expect: _operator.invert() takes exactly one argument (0 given)
# expect: _operator.invert() takes exactly one argument (2 given)
# expect: _operator.invert() takes no keyword arguments
# expect: _operator.index() takes exactly one argument (0 given)
# expect: _operator.index() takes exactly one argument (2 given)
# expect: _operator.index() takes no keyword arguments
# expect: _operator.truth() takes exactly one argument (0 given)
# expect: _operator.truth() takes exactly one argument (2 given)
# expect: _operator.truth() takes no keyword arguments
# expect: _operator.not_() takes exactly one argument (0 given)
# expect: _operator.not_() takes exactly one argument (2 given)
# expect: _operator.not_() takes no keyword arguments
# expect: add expected 2 arguments, got 1
# expect: add expected 2 arguments, got 3
# expect: _operator.add() takes no keyword arguments
# expect: sub expected 2 arguments, got 1
# expect: sub expected 2 arguments, got 3
# expect: _operator.sub() takes no keyword arguments
# expect: mul expected 2 arguments, got 1
# expect: mul expected 2 arguments, got 3
# expect: _operator.mul() takes no keyword arguments
# expect: matmul expected 2 arguments, got 1
# expect: matmul expected 2 arguments, got 3
# expect: _operator.matmul() takes no keyword arguments
# expect: truediv expected 2 arguments, got 1
# expect: truediv expected 2 arguments, got 3
# expect: _operator.truediv() takes no keyword arguments
# expect: floordiv expected 2 arguments, got 1
# expect: floordiv expected 2 arguments, got 3
# expect: _operator.floordiv() takes no keyword arguments
# expect: mod expected 2 arguments, got 1
# expect: mod expected 2 arguments, got 3
# expect: _operator.mod() takes no keyword arguments
# expect: pow expected 2 arguments, got 1
# expect: pow expected 2 arguments, got 3
# expect: _operator.pow() takes no keyword arguments
# expect: lshift expected 2 arguments, got 1
# expect: lshift expected 2 arguments, got 3
# expect: _operator.lshift() takes no keyword arguments
# expect: rshift expected 2 arguments, got 1
# expect: rshift expected 2 arguments, got 3
# expect: _operator.rshift() takes no keyword arguments
# expect: and_ expected 2 arguments, got 1
# expect: and_ expected 2 arguments, got 3
# expect: _operator.and_() takes no keyword arguments
# expect: or_ expected 2 arguments, got 1
# expect: or_ expected 2 arguments, got 3
# expect: _operator.or_() takes no keyword arguments
# expect: xor expected 2 arguments, got 1
# expect: xor expected 2 arguments, got 3
# expect: _operator.xor() takes no keyword arguments
# expect: iadd expected 2 arguments, got 1
# expect: iadd expected 2 arguments, got 3
# expect: _operator.iadd() takes no keyword arguments
# expect: isub expected 2 arguments, got 1
# expect: isub expected 2 arguments, got 3
# expect: _operator.isub() takes no keyword arguments
# expect: imul expected 2 arguments, got 1
# expect: imul expected 2 arguments, got 3
# expect: _operator.imul() takes no keyword arguments
# expect: imatmul expected 2 arguments, got 1
# expect: imatmul expected 2 arguments, got 3
# expect: _operator.imatmul() takes no keyword arguments
# expect: itruediv expected 2 arguments, got 1
# expect: itruediv expected 2 arguments, got 3
# expect: _operator.itruediv() takes no keyword arguments
# expect: ifloordiv expected 2 arguments, got 1
# expect: ifloordiv expected 2 arguments, got 3
# expect: _operator.ifloordiv() takes no keyword arguments
# expect: imod expected 2 arguments, got 1
# expect: imod expected 2 arguments, got 3
# expect: _operator.imod() takes no keyword arguments
# expect: ipow expected 2 arguments, got 1
# expect: ipow expected 2 arguments, got 3
# expect: _operator.ipow() takes no keyword arguments
# expect: ilshift expected 2 arguments, got 1
# expect: ilshift expected 2 arguments, got 3
# expect: _operator.ilshift() takes no keyword arguments
# expect: irshift expected 2 arguments, got 1
# expect: irshift expected 2 arguments, got 3
# expect: _operator.irshift() takes no keyword arguments
# expect: iand expected 2 arguments, got 1
# expect: iand expected 2 arguments, got 3
# expect: _operator.iand() takes no keyword arguments
# expect: ior expected 2 arguments, got 1
# expect: ior expected 2 arguments, got 3
# expect: _operator.ior() takes no keyword arguments
# expect: ixor expected 2 arguments, got 1
# expect: ixor expected 2 arguments, got 3
# expect: _operator.ixor() takes no keyword arguments
# expect: lt expected 2 arguments, got 1
# expect: lt expected 2 arguments, got 3
# expect: _operator.lt() takes no keyword arguments
# expect: le expected 2 arguments, got 1
# expect: le expected 2 arguments, got 3
# expect: _operator.le() takes no keyword arguments
# expect: eq expected 2 arguments, got 1
# expect: eq expected 2 arguments, got 3
# expect: _operator.eq() takes no keyword arguments
# expect: ne expected 2 arguments, got 1
# expect: ne expected 2 arguments, got 3
# expect: _operator.ne() takes no keyword arguments
# expect: gt expected 2 arguments, got 1
# expect: gt expected 2 arguments, got 3
# expect: _operator.gt() takes no keyword arguments
# expect: ge expected 2 arguments, got 1
# expect: ge expected 2 arguments, got 3
# expect: _operator.ge() takes no keyword arguments
# expect: is_ expected 2 arguments, got 1
# expect: is_ expected 2 arguments, got 3
# expect: _operator.is_() takes no keyword arguments
# expect: is_not expected 2 arguments, got 1
# expect: is_not expected 2 arguments, got 3
# expect: _operator.is_not() takes no keyword arguments
# expect: concat expected 2 arguments, got 1
# expect: concat expected 2 arguments, got 3
# expect: _operator.concat() takes no keyword arguments
# expect: iconcat expected 2 arguments, got 1
# expect: iconcat expected 2 arguments, got 3
# expect: _operator.iconcat() takes no keyword arguments
# expect: contains expected 2 arguments, got 1
# expect: contains expected 2 arguments, got 3
# expect: _operator.contains() takes no keyword arguments
# expect: countOf expected 2 arguments, got 1
# expect: countOf expected 2 arguments, got 3
# expect: _operator.countOf() takes no keyword arguments
# expect: indexOf expected 2 arguments, got 1
# expect: indexOf expected 2 arguments, got 3
# expect: _operator.indexOf() takes no keyword arguments
# expect: getitem expected 2 arguments, got 1
# expect: getitem expected 2 arguments, got 3
# expect: _operator.getitem() takes no keyword arguments
# expect: delitem expected 2 arguments, got 1
# expect: delitem expected 2 arguments, got 3
# expect: _operator.delitem() takes no keyword arguments
# expect: _compare_digest expected 2 arguments, got 1
# expect: _compare_digest expected 2 arguments, got 3
# expect: _operator._compare_digest() takes no keyword arguments
# expect: setitem expected 3 arguments, got 2
# expect: setitem expected 3 arguments, got 4
# expect: _operator.setitem() takes no keyword arguments
# expect: length_hint expected at least 1 argument, got 0
# expect: length_hint expected at most 2 arguments, got 3
# expect: _operator.length_hint() takes no keyword arguments
# expect: 'float' object cannot be interpreted as an integer
# expect: call expected at least 1 argument, got 0
# expect: call expected at least 1 argument, got 0
# expect: len() takes exactly one argument (0 given)
