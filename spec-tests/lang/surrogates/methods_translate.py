# translate looks a surrogate up by its own code point, and a table may
# give one back, as an int or inside a str.
s = 'a\ud800b'
print(ascii(s.translate({0xd800: 'S'})), ascii(s.translate({0xfffd: 'R'})), ascii(s.translate({97: 0xdc00})))
print(ascii(s.translate({98: '\udfff\ud800', 0xd800: None})), ascii('abc'.translate({99: 0xd800})))
print(ascii(s.translate(str.maketrans('a\ud800', '\udc00x'))), ascii(s.translate(['?'] * 0xd801)))
try:
    s.translate({97: 0x110000})
except ValueError as e:
    print('ValueError', e)

# expect: 'aSb' 'a\ud800b' '\udc00\ud800b'
# expect: 'a\udfff\ud800' 'ab\ud800'
# expect: '\udc00xb' '???'
# expect: ValueError character mapping must be in range(0x110000)
