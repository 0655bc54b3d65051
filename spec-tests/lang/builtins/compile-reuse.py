# One code object runs many times, each in its own namespace.
c = compile('n = n + 1', 'f', 'exec')
a, b = {'n': 1}, {'n': 10}
exec(c, a); exec(c, a); exec(c, b)
print(a['n'], b['n'])
# expect: 3 11
