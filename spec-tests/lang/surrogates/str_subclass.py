# A str subclass keeps its surrogates through the constructor, the
# methods, str() and formatting.
class S(str):
    pass
t = S('x\ud800')
print(ascii(t), len(t), ascii(t.upper()), type(t.upper()).__name__)
print(ascii(str(t)), type(str(t)).__name__, ascii(format(t)), ascii(f'{t}|{t!s}'), ascii('%s' % t))
print(t.find('\ud800'), ascii(t.split('\ud800')), ascii(t + '\udc00'))

# expect: 'x\ud800' 2 'X\ud800' str
# expect: 'x\ud800' str 'x\ud800' 'x\ud800|x\ud800' 'x\ud800'
# expect: 1 ['x', ''] 'x\ud800\udc00'
