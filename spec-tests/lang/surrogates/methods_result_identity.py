# A method that changes nothing returns its str itself, as CPython does,
# and the ints and bools of the others are plain values.
s = 'a\ud800'
print(s.strip() is s, s.replace('x', 'y') is s, s.lstrip('b') is s, s.rstrip() is s)
print(type(s.find('\ud800')).__name__, type(s.isalpha()).__name__, s.upper() == 'A\ud800', hash(s.upper()) == hash('A\ud800'))
d = {s.lower(): 1}
print(d['a\ud800'], s.upper().lower() == s, s.split('\ud800')[0] == 'a')

# expect: True True True True
# expect: int bool True True
# expect: 1 True True
