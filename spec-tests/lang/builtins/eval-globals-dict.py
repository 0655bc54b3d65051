# eval(src, globals): the locals default to the globals.
g = {'a': 2}
print(eval('a ** 3', g))
print('__builtins__' in g)
# expect: 8
# expect: True
