data = b'a\xffb\xe2\x82c\xf0\x90\x28d\xe2\x82'
for errors in ['replace', 'ignore', 'backslashreplace']:
    print(errors, ascii(data.decode('utf-8', errors)), ascii(data.decode('ascii', errors)), ascii(data.decode('latin-1', errors)))
print(ascii(b'\xe2\x82'.decode('utf-8', 'replace')), ascii(b'\xed\xa0\x80'.decode('utf-8', 'replace')))
def attempt(errors):
    try:
        print(ascii(b'a\xff'.decode('utf-8', errors)))
    except Exception as e:
        print(type(e).__name__, e)
for errors in ['xmlcharrefreplace', 'namereplace', 'bogus', 'Strict', 'surrogatepass']:
    attempt(errors)
print(b'clean'.decode('utf-8', 'bogus'))

# expect: replace 'a\ufffdb\ufffdc\ufffd(d\ufffd' 'a\ufffdb\ufffd\ufffdc\ufffd\ufffd(d\ufffd\ufffd' 'a\xffb\xe2\x82c\xf0\x90(d\xe2\x82'
# expect: ignore 'abc(d' 'abc(d' 'a\xffb\xe2\x82c\xf0\x90(d\xe2\x82'
# expect: backslashreplace 'a\\xffb\\xe2\\x82c\\xf0\\x90(d\\xe2\\x82' 'a\\xffb\\xe2\\x82c\\xf0\\x90(d\\xe2\\x82' 'a\xffb\xe2\x82c\xf0\x90(d\xe2\x82'
# expect: '\ufffd' '\ufffd\ufffd\ufffd'
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: LookupError unknown error handler name 'bogus'
# expect: LookupError unknown error handler name 'Strict'
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# expect: clean
