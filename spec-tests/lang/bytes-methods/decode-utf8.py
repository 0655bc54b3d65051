print(b'caf\xc3\xa9'.decode(), b'\xe2\x82\xac'.decode('utf-8'), b'\xf0\x9f\x98\x80'.decode('utf8'), len(b'\xf0\x9f\x98\x80'.decode()))
print(bytearray(b'\xc3\xa9').decode(), memoryview(b'ok').tobytes().decode(), b''.decode(), b'abc'.decode(encoding='utf-8', errors='strict'))
print(b'\xef\xbb\xbfbom'.decode('utf-8-sig'), b'nobom'.decode('utf_8_sig'), repr(b'\xef\xbb\xbfbom'.decode('utf-8')))

# expect: café € 😀 1
# expect: é ok  abc
# expect: bom nobom '\ufeffbom'
