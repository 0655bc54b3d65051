# str() with one argument keeps a surrogate, by position or by keyword;
# with an encoding it decodes.
class S(str):
    pass
print(ascii(str('\ud800')), ascii(str(object='\udc00x')), ascii(str(S('a\ud800'))), type(str(S('\ud800'))).__name__)
print(str(b'ab', 'ascii'), str(object=b'\xe9', encoding='latin-1'), ascii(str(b'\xff', 'utf-8', 'replace')))

# expect: '\ud800' '\udc00x' 'a\ud800' str
# expect: ab é '\ufffd'
