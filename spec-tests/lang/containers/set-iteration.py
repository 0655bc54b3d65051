# A set iterator walks the live table and notices a change of size.
s = {1, 2, 3}
it = iter(s)
print(next(it), list(it), next(it, 'done'))   # expect: 1 [2, 3] done
s.add(4)
print(next(it, 'still done'))                 # expect: still done
t = {8, 16, 0}
it = iter(t)
print(next(it))                               # expect: 8
t.discard(16)
t.add(16)
print(list(it))                               # expect: [16, 0]
print({1} in {frozenset({1})}, {frozenset({1}): 'x'}.get(frozenset([1])))  # expect: True x
u = {frozenset({1}), 2}
u.discard({1})
u.remove(2)
print(u)                                      # expect: set()
for x in s:                                   # raises: RuntimeError: Set changed size during iteration
    s.discard(x)
