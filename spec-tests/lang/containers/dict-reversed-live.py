d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
d['d'] = 4
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print([type(reversed(x)).__name__ for x in (d, d.keys(), d.values(), d.items())])
it = reversed(d)
print(next(it))
d['e'] = 5
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    next(it)
except RuntimeError as e:
    print('again', e)
d2 = {1: 1, 2: 2}
it2 = reversed(d2.items())
print(next(it2)); d2[1] = 'x'; print(next(it2)); print(next(it2, 'end'))
d3 = {1: 1, 2: 2, 3: 3}
it3 = reversed(d3)
next(it3); del d3[2]; d3[9] = 9
print(list(it3))
print(list(reversed({})), list(reversed({}.items())))

# expect: ['d', 'c', 'a'] [4, 3, 1] [('d', 4), ('c', 3), ('a', 1)]
# expect: ['dict_reversekeyiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator']
# expect: d
# expect: dictionary changed size during iteration
# expect: again dictionary changed size during iteration
# expect: (2, 2)
# expect: (1, 'x')
# expect: end
# expect: [1]
# expect: [] []
