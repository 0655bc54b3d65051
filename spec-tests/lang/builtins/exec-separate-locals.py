# With two namespaces, assignments go to the locals, functions see the globals.
g, l = {'a': 1}, {}
exec('b = a + 1\ndef f(): return a', g, l)
print(sorted(l), l['b'], l['f']())
print(sorted([k for k in g if k != '__builtins__']))
# expect: ['b', 'f'] 2 1
# expect: ['a']
