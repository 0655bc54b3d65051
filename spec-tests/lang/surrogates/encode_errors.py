# The error names the whole run of unencodable code points, and its object
# is the str encoded (a subclass's instance stays one).
class S(str):
    pass
cases = [('x\ud800\udc00', 'utf-8', 'strict'), ('x\ud800', 'utf-8-sig', 'strict'), ('x\ud800', 'ascii', 'surrogatepass'),
         ('\ud800\udc80x', 'utf-8', 'surrogateescape'), ('\udc80\xe9\u20ac', 'latin-1', 'surrogateescape'),
         ('\xe9\udc99', 'ascii', 'surrogateescape'), (S('\xe9\ud800'), 'ascii', 'strict'), ('\ud800', 'utf-8', 'no-such-handler')]
for text, encoding, errors in cases:
    try:
        print(text.encode(encoding, errors))
    except UnicodeEncodeError as e:
        print(type(e.object).__name__, ascii(e.object), e.start, e.end, e)
    except LookupError as e:
        print('LookupError', e)
try:
    bytes('ab\udfff', 'utf-8')
except UnicodeEncodeError as e:
    print(e)

# expect: str 'x\ud800\udc00' 1 3 'utf-8' codec can't encode characters in position 1-2: surrogates not allowed
# expect: str 'x\ud800' 1 2 'utf-8' codec can't encode character '\ud800' in position 1: surrogates not allowed
# expect: str 'x\ud800' 1 2 'ascii' codec can't encode character '\ud800' in position 1: ordinal not in range(128)
# expect: str '\ud800\udc80x' 0 2 'utf-8' codec can't encode characters in position 0-1: surrogates not allowed
# expect: str '\udc80\xe9\u20ac' 2 3 'latin-1' codec can't encode character '\u20ac' in position 2: ordinal not in range(256)
# expect: str '\xe9\udc99' 0 2 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
# expect: S '\xe9\ud800' 0 2 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)
# expect: LookupError unknown error handler name 'no-such-handler'
# expect: 'utf-8' codec can't encode character '\udfff' in position 2: surrogates not allowed
