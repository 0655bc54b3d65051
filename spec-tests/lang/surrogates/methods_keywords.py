# Methods called with keyword arguments go through the same path.
s = 'a\ud800b\ud800c'
print(ascii(s.split(sep='\ud800', maxsplit=1)), ascii(s.rsplit(sep='\ud800')), ascii(s.splitlines(keepends=True)))
print(ascii('\ud800\tx'.expandtabs(tabsize=3)), ascii(str.split(s, '\ud800')), ascii(str.upper(s)))

# expect: ['a', 'b\ud800c'] ['a', 'b', 'c'] ['a\ud800b\ud800c']
# expect: '\ud800  x' ['a', 'b', 'c'] 'A\ud800B\ud800C'
