# iter(callable, sentinel): a callable_iterator (calliter_iternext in
# Objects/iterobject.c). It compares sentinel == result, ends for good at
# the sentinel or a StopIteration, and lets other exceptions through. (The
# book's example iter-callable-sentinel shows the plain cases.)
class E:
    def __eq__(self, o):
        print('eq', o)
        return o == 2
it = iter([1, 2, 3].pop, E())
print(list(it))
# expect: eq 3
# expect: eq 2
# expect: [3]
def boom():
    raise ValueError('x')
it = iter(boom, 0)
try:
    next(it)
except ValueError as e:
    print('VE', e)    # expect: VE x
try:
    next(it)
except ValueError as e:
    print('VE again', e)    # expect: VE again x
it = iter(lambda: it, None)
print(next(it) is it)    # expect: True
it = iter(lambda: next(it), 0)
try:
    next(it)
except RecursionError as e:
    print('RE', e)    # expect: RE maximum recursion depth exceeded
it = iter(lambda: 1, 1)
print(list(it), list(it))    # expect: [] []
iter(5, 0)    # raises: TypeError: iter(v, w): v must be callable
