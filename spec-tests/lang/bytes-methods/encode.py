s = 'aé€😀b\u0300'
for encoding in ['utf-8', 'ascii', 'latin-1', 'utf-8-sig']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        print(encoding, errors, s.encode(encoding, errors))
print('x'.encode(), 'x'.encode(encoding='ascii', errors='strict'), ''.encode('latin-1'), '\x00\xff'.encode('latin1'))
print(bytes('é', 'utf-8'), bytearray('é', 'latin-1'), bytes('é', 'ascii', 'replace'), bytes('é', encoding='utf8'), bytes('ab', errors='strict', encoding='ascii'))
print('\x01\u0378'.encode('ascii', 'namereplace'), '\U0001f600\uffff'.encode('ascii', 'backslashreplace'), 'clean'.encode('ascii', 'bogus'))

# expect: utf-8 ignore b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8 replace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8 backslashreplace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8 xmlcharrefreplace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8 namereplace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: ascii ignore b'ab'
# expect: ascii replace b'a???b?'
# expect: ascii backslashreplace b'a\\xe9\\u20ac\\U0001f600b\\u0300'
# expect: ascii xmlcharrefreplace b'a&#233;&#8364;&#128512;b&#768;'
# expect: ascii namereplace b'a\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\N{GRINNING FACE}b\\N{COMBINING GRAVE ACCENT}'
# expect: latin-1 ignore b'a\xe9b'
# expect: latin-1 replace b'a\xe9??b?'
# expect: latin-1 backslashreplace b'a\xe9\\u20ac\\U0001f600b\\u0300'
# expect: latin-1 xmlcharrefreplace b'a\xe9&#8364;&#128512;b&#768;'
# expect: latin-1 namereplace b'a\xe9\\N{EURO SIGN}\\N{GRINNING FACE}b\\N{COMBINING GRAVE ACCENT}'
# expect: utf-8-sig ignore b'\xef\xbb\xbfa\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8-sig replace b'\xef\xbb\xbfa\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8-sig backslashreplace b'\xef\xbb\xbfa\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8-sig xmlcharrefreplace b'\xef\xbb\xbfa\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: utf-8-sig namereplace b'\xef\xbb\xbfa\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80b\xcc\x80'
# expect: b'x' b'x' b'' b'\x00\xff'
# expect: b'\xc3\xa9' bytearray(b'\xe9') b'?' b'\xc3\xa9' b'ab'
# expect: b'\x01\\u0378' b'\\U0001f600\\uffff' b'clean'
