b = b' \t\n\r\x0b\x0c data \x1c\x00 '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(None))
print(b'xxdataxx'.strip(b'x'), b'xydatayx'.strip(b'xy'), b'xxdata'.lstrip(bytearray(b'x')), b'dataxx'.rstrip(memoryview(b'x')))
print(bytearray(b'  ab  ').strip(), b'aaa'.strip(b'a'), b''.strip())
c = b'clean'
print(c.strip() is c, c.lstrip(b'') is c, c.rstrip(b'z') is c, c.strip(b'c') is c)
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
attempt(lambda: b'x'.strip('x'))
attempt(lambda: b'x'.lstrip(1))
attempt(lambda: b'x'.rstrip(b'x', b'y'))

# expect: b'data \x1c\x00' b'data \x1c\x00 ' b' \t\n\r\x0b\x0c data \x1c\x00' b'data \x1c\x00'
# expect: b'data' b'data' b'data' b'data'
# expect: bytearray(b'ab') b'' b''
# expect: True True True False
# expect: a bytes-like object is required, not 'str'
# expect: a bytes-like object is required, not 'int'
# expect: rstrip expected at most 1 argument, got 2
