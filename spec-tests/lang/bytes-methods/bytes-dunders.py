b = b'abc'
print(b.__bytes__() is b, b.__getnewargs__(), type(b.__getnewargs__()[0]).__name__)
class Sub(bytes):
    pass
s = Sub(b'xy')
print(type(s.__bytes__()).__name__, bytes(s), type(bytes(s)).__name__, s.upper(), type(s.upper()).__name__)
print(hasattr(bytearray, '__bytes__'), hasattr(bytearray(), '__getnewargs__'))

# expect: True (b'abc',) bytes
# expect: bytes b'xy' bytes b'XY' bytes
# expect: False False
