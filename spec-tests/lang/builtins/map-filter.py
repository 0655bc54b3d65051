# map(func, *iterables) and filter(func, iterable): adapters that call a
# function (map_next, filter_next in Python/bltinmodule.c).
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))
t('map', lambda: list(map(str, [1, 2])))  # expect: map = ['1', '2']
t('map2', lambda: list(map(pow, [2, 3, 4], [5, 6])))  # expect: map2 = [32, 729]
t('map0', lambda: map(str))  # expect: map0 ! TypeError: map() must have at least two arguments.
t('map00', lambda: map())  # expect: map00 ! TypeError: map() must have at least two arguments.
t('mapkw', lambda: map(str, [1], x=1))  # expect: mapkw ! TypeError: map() takes no keyword arguments
t('mapbad', lambda: map(str, 5))  # expect: mapbad ! TypeError: 'int' object is not iterable
t('mapnotcall', lambda: list(map(5, [1])))  # expect: mapnotcall ! TypeError: 'int' object is not callable
t('maptype', lambda: type(map(str, [])).__name__)  # expect: maptype = 'map'
t('mapiter', lambda: (lambda m: m is iter(m))(map(str, [])))  # expect: mapiter = True
t('filter', lambda: list(filter(None, [0, 1, '', 'a', [], [0]])))  # expect: filter = [1, 'a', [0]]
t('filterf', lambda: list(filter(lambda x: x % 2, range(7))))  # expect: filterf = [1, 3, 5]
t('filterbool', lambda: list(filter(bool, [0, 3])))  # expect: filterbool = [3]
t('filter1', lambda: filter(None))  # expect: filter1 ! TypeError: filter expected 2 arguments, got 1
t('filter3', lambda: filter(None, [], []))  # expect: filter3 ! TypeError: filter expected 2 arguments, got 3
t('filterkw', lambda: filter(None, [], x=1))  # expect: filterkw ! TypeError: filter() takes no keyword arguments
t('filterbad', lambda: filter(None, 5))  # expect: filterbad ! TypeError: 'int' object is not iterable
t('filtertype', lambda: type(filter(None, [])).__name__)  # expect: filtertype = 'filter'
t('filter raise', lambda: list(filter(lambda x: 1 / x, [1, 0])))  # expect: filter raise ! ZeroDivisionError: division by zero
t('map stops', lambda: (lambda it: (list(map(lambda a, b: a + b, it, [10])), list(it)))(iter([1, 2, 3])))  # expect: map stops = ([11], [3])
t('map next', lambda: next(map(len, ['abc'])))  # expect: map next = 3
t('filter next', lambda: next(filter(None, [0]), 'end'))  # expect: filter next = 'end'
m = map(lambda x: next(m, 'inner'), [1, 2, 3])
t('map reentrant', lambda: list(m))  # expect: map reentrant = ['inner']
f = filter(lambda x: next(f, None) is None, [1, 2, 3, 4])
t('filter reentrant', lambda: list(f))  # expect: filter reentrant = []
