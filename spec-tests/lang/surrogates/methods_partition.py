# partition and rpartition return a tuple whose strs keep their surrogates.
s = 'x\ud800y\ud800z'
print(ascii(s.partition('\ud800')), ascii(s.rpartition('\ud800')))
print(ascii(s.partition('\ufffd')), ascii(s.rpartition('\udc00')), ascii('ab'.partition('\ud800')))

# expect: ('x', '\ud800', 'y\ud800z') ('x\ud800y', '\ud800', 'z')
# expect: ('x\ud800y\ud800z', '', '') ('', '', 'x\ud800y\ud800z') ('ab', '', '')
