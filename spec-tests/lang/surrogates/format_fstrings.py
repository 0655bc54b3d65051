# f-strings: surrogates in the literal parts, the values and the specs.
s = 'a\ud800'
fill = '\udc00'
print(ascii(f'\udfff{s}\udfff'), ascii(f'{s!s}|{s!r}|{s!a}'), ascii(f'{s:>4}|{s:{fill}<4}'))
print(ascii(f'{7:{fill}^5}'), ascii(f'{s * 2:.3}'), ascii(f'{s!r:\udc00>9}'))
parts = [f'{c}' for c in s]
print(ascii(parts), ascii(''.join(f'<{c}>' for c in '\ud800\udc00')))

# expect: '\udfffa\ud800\udfff' "a\ud800|'a\\ud800'|'a\\ud800'" '  a\ud800|a\ud800\udc00\udc00'
# expect: '\udc00\udc007\udc00\udc00' 'a\ud800a' "'a\\ud800'"
# expect: ['a', '\ud800'] '<\ud800><\udc00>'
