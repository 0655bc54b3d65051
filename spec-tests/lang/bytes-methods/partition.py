print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='))
print(b'abc'.partition(b'='), b'abc'.rpartition(b'='), b'abc'.partition(b'abc'))
print(bytearray(b'k:v').partition(b':'), bytearray(b'kv').rpartition(b':'))
b = b'no separator'
print(b.partition(b'=')[0] is b, b.rpartition(b'=')[2] is b)
sep = bytearray(b'=')
print(b'x=y'.partition(sep)[1] is sep, b'x=y'.partition(sep))
try:
    b'abc'.partition(b'')
except ValueError as e:
    print(e)
try:
    b'abc'.partition('=')
except TypeError as e:
    print(e)

# expect: (b'a', b'=', b'b=c') (b'a=b', b'=', b'c')
# expect: (b'abc', b'', b'') (b'', b'', b'abc') (b'', b'abc', b'')
# expect: (bytearray(b'k'), bytearray(b':'), bytearray(b'v')) (bytearray(b''), bytearray(b''), bytearray(b'kv'))
# expect: True True
# expect: True (b'x', bytearray(b'='), b'y')
# expect: empty separator
# expect: a bytes-like object is required, not 'str'
