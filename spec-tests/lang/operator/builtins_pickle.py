# The module's functions are built-in functions, and pickle by name.
import operator, _operator, pickle, copy
print(type(operator.add).__name__, operator.add is _operator.add, operator.__add__ is operator.add)
print(operator.add.__name__, operator.add.__qualname__, operator.add.__module__, operator.add.__self__ is _operator)
print(repr(operator.itemgetter), repr(operator.add))
print(sorted(n for n in dir(_operator) if not n.startswith("__")))
for f in [operator.add, operator.itemgetter, operator.length_hint, operator.call, len]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(f, proto)) is f
print(pickle.dumps(operator.add, 0), pickle.dumps(len, 0))
print(operator.add.__reduce__(), len.__reduce__(), [1].append.__reduce__())
print(copy.copy(operator.add) is operator.add, copy.deepcopy(operator.add) is operator.add)
print(pickle.loads(pickle.dumps([1].append))([2]), pickle.loads(pickle.dumps({}.get))(1, "d"))
try:
    operator.add.__reduce__(1)
except TypeError as e:
    print(e)
import collections
try:
    collections.deque().clear(x=1)
except TypeError as e:
    print(e)
print(collections.deque().clear.__qualname__, operator.itemgetter(1).__reduce__.__qualname__)
print(sorted(map(operator.itemgetter(1), [(0, "b"), (0, "a")])), list(map(operator.mul, [1, 2], [3, 4])))

# expect: builtin_function_or_method True True
# expect: add add _operator True
# expect: <class 'operator.itemgetter'> <built-in function add>
# expect: ['_compare_digest', 'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']
# expect: b'c_operator\nadd\np0\n.' b'c__builtin__\nlen\np0\n.'
# expect: add len (<built-in function getattr>, ([1], 'append'))
# expect: True True
# expect: None d
# expect: builtin_function_or_method.__reduce__() takes no arguments (1 given)
# expect: deque.clear() takes no keyword arguments
# expect: deque.clear itemgetter.__reduce__
# expect: ['a', 'b'] [3, 8]
