print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'-'.zfill(3), b''.zfill(2), b'abc'.zfill(2))
x = b'123'
print(x.zfill(0) is x, bytearray(b'7').zfill(3))
print(b'a\tbc\td\n\te'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=-1))
print(b'12345\t|\r\t|'.expandtabs(3), bytearray(b'\t').expandtabs(2), x.expandtabs() is x)
try:
    b'a'.zfill()
except TypeError as e:
    print(e)
try:
    b'a'.expandtabs(1, 2)
except TypeError as e:
    print(e)

# expect: b'00042' b'-0042' b'+0042' b'-00' b'00' b'abc'
# expect: True bytearray(b'007')
# expect: b'a       bc      d\n        e' b'a   bc  d' b'ab' b'ab'
# expect: b'12345 |\r   |' bytearray(b'  ') False
# expect: bytes.zfill() takes exactly one argument (0 given)
# expect: expandtabs() takes at most 1 argument (2 given)
