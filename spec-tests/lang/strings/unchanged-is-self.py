# A str method that finds nothing to change returns the string itself
# (CPython's unicode_result_unchanged), and a whole slice is the string.
s = 'abc def'
print(s.replace('x', 'y') is s, s.replace('a', 'b', 0) is s, s.replace('a', 'z') is s)  # expect: True True False
print(s.strip() is s, s.lstrip('x') is s, ' a'.strip() == 'a', s.rstrip('f') is s)  # expect: True True True False
print(s[:] is s, s[0:] is s, s[::1] is s, s[::-1] is s, s[1:] is s)  # expect: True True True False False
print(''.join([s]) is s, '-'.join([s]) is s, ''.join([s, '']) is s)  # expect: True True False
class S(str):
    pass
t = S('abc')
print(type(t.replace('x', 'y')).__name__, type(t.strip()).__name__, type(t[:]).__name__, type(''.join([t])).__name__)  # expect: str str str str
print(repr(''.replace('', 'x')), repr('ab'.replace('', '-', 2)), repr('aaa'.replace('a', 'bb', 2)))  # expect: 'x' '-a-b' 'bbbba'
