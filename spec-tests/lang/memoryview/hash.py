m = memoryview(b'abc')
print(hash(m) == hash(b'abc'), hash(m[::2]) == hash(b'ac'), hash(m[::-1]) == hash(b'cba'))
print(hash(memoryview(b'ab').cast('b')) == hash(b'ab'), hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
d = {m: 'view'}
print(d[b'abc'], b'abc' in {m}, m in {b'abc': 1})
h = hash(m)
m.release()
print(hash(m) == h)

# expect: True True True
# expect: True True
# expect: view True True
# expect: True
