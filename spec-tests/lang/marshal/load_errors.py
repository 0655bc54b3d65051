# What loads says about bad data: CPython's exceptions and messages.
import marshal
def t(b):
    try:
        print(repr(marshal.loads(b)))
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'', b'i\x01', b'z\x05ab', b'(\x01\x00\x00\x000', b'0', b'{0', b'{i\x01\x00\x00\x000',
          b'r\x00\x00\x00\x00', b'r\xff\xff\xff\xff', b'?', b'\x01', b'l\x01\x00\x00\x00\x00\x00',
          b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\xff\xff\x01\x00', b'l\x00\x00\x00\x80',
          b'l\x00\x00\x00\x00', b'u\x02\x00\x00\x00\xff\xff', b'u\x03\x00\x00\x00\xed\xa0\x80',
          b'f\x03abc', b'f\x031e3', b'l\xff\xff\xff\x7f', b'I' + b'\x01' * 8, b')', b'z', b'f', b'x',
          b'x\x01', b'(\xff\xff\xff\xff', b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff', b's\xff\xff\xff\xff',
          b'a\xff\xff\xff\xff', b'u\xff\xff\xff\xff', b'z\x02\xe9\xff', b'<\x01\x00\x00\x00[\x00\x00\x00\x00',
          b'{[\x00\x00\x00\x00N0', b'>\x00\x00\x00\x00', b'i\x01\x00\x00\x00trailing', b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00',
          b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00', b'c' + b'\x00' * 20 + b'N' * 20]:
    t(b)
nested = b'[\x01\x00\x00\x00' * 1999 + b'[\x00\x00\x00\x00'
print(len(marshal.loads(nested)))
try:
    marshal.loads(b'[\x01\x00\x00\x00' + nested)
except ValueError as e:
    print(e)

# expect: EOFError EOF read where object expected
# expect: EOFError marshal data too short
# expect: EOFError marshal data too short
# expect: TypeError NULL object in marshal data for tuple
# expect: TypeError NULL object in marshal data for object
# expect: {}
# expect: {}
# expect: ValueError bad marshal data (invalid reference)
# expect: ValueError bad marshal data (invalid reference)
# expect: ValueError bad marshal data (unknown type code)
# expect: ValueError bad marshal data (unknown type code)
# expect: ValueError bad marshal data (unnormalized long data)
# expect: ValueError bad marshal data (digit out of range in long)
# expect: ValueError bad marshal data (digit out of range in long)
# expect: ValueError bad marshal data (long size out of range)
# expect: 0
# expect: UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: '\ud800'
# expect: ValueError could not convert string to float: 'abc'
# expect: 1000.0
# expect: EOFError marshal data too short
# expect: 72340172838076673
# expect: EOFError EOF read where not expected
# expect: EOFError EOF read where not expected
# expect: EOFError EOF read where not expected
# expect: EOFError EOF read where not expected
# expect: EOFError marshal data too short
# expect: ValueError bad marshal data (tuple size out of range)
# expect: ValueError bad marshal data (list size out of range)
# expect: ValueError bad marshal data (set size out of range)
# expect: ValueError bad marshal data (bytes object size out of range)
# expect: ValueError bad marshal data (string size out of range)
# expect: ValueError bad marshal data (string size out of range)
# expect: 'éÿ'
# expect: TypeError unhashable type: 'list'
# expect: TypeError unhashable type: 'list'
# expect: frozenset()
# expect: 1
# expect: [[...]]
# expect: ValueError bad marshal data (invalid reference)
# expect: SystemError Objects/codeobject.c:250: bad argument to internal function
# expect: 1
# expect: recursion limit exceeded
