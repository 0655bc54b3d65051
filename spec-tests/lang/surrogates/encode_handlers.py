# str.encode reads a lone surrogate as the code point it is: each handler
# sees it, for UTF-8 (which refuses only surrogates), ASCII and Latin-1.
s = 'a\ud800\udc00b\xe9'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(errors, s.encode('utf-8', errors), s.encode('ascii', errors), s.encode('latin-1', errors))
print('x\ud800y'.encode('utf-8-sig', 'surrogatepass'), bytes('\udfff', 'utf-8', 'surrogatepass'))
print('a\udc80\udcffb'.encode('utf-8', 'surrogateescape'), bytearray('\udc80\xe9', 'latin-1', 'surrogateescape'))
print('ok'.encode('utf-8', 'no-such-handler'))

# expect: ignore b'ab\xc3\xa9' b'ab' b'ab\xe9'
# expect: replace b'a??b\xc3\xa9' b'a??b?' b'a??b\xe9'
# expect: backslashreplace b'a\\ud800\\udc00b\xc3\xa9' b'a\\ud800\\udc00b\\xe9' b'a\\ud800\\udc00b\xe9'
# expect: xmlcharrefreplace b'a&#55296;&#56320;b\xc3\xa9' b'a&#55296;&#56320;b&#233;' b'a&#55296;&#56320;b\xe9'
# expect: namereplace b'a\\ud800\\udc00b\xc3\xa9' b'a\\ud800\\udc00b\\N{LATIN SMALL LETTER E WITH ACUTE}' b'a\\ud800\\udc00b\xe9'
# expect: b'\xef\xbb\xbfx\xed\xa0\x80y' b'\xed\xbf\xbf'
# expect: b'a\x80\xffb' bytearray(b'\x80\xe9')
# expect: b'ok'
