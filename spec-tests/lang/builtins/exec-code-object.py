# compile then exec: the code object runs in the namespace given.
c = compile('a = 1\nb = a + 1', 'file.py', 'exec')
d = {}
exec(c, d)
print(d['b'], type(c).__name__)
exec(c, d, d)
print(d['a'])
# expect: 2 code
# expect: 1
