# maketrans reads its strings as code points, surrogates included.
print(str.maketrans('\ud800b', 'a\udc00'), str.maketrans('a', 'b', '\udfff'))
print(ascii(str.maketrans({'\ud800': '\udc00', 'x': None})))
try:
    str.maketrans('\ud800\ud800', 'a')
except ValueError as e:
    print('ValueError', e)

# expect: {55296: 97, 98: 56320} {97: 98, 57343: None}
# expect: {55296: '\udc00', 120: None}
# expect: ValueError the first two maketrans arguments must have equal length
