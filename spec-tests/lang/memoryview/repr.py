m = memoryview(b'abc')
r = repr(m)
print(r.startswith('<memory at 0x'), r.endswith('>'), r == str(m))
m.release()
print(repr(m).startswith('<released memory at 0x'))

# expect: True True True
# expect: True
