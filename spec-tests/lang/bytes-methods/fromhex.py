print(bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex('DE ad  Be\tEF\n'), bytes.fromhex(' 01 '))
print(bytearray.fromhex('41 42'), b'x'.fromhex('43'), bytearray(b'').fromhex('44'))
class Sub(bytes):
    pass
s = Sub.fromhex('4142')
print(type(s).__name__, s, bytes.fromhex(b'ab'.hex()) == b'ab')

# expect: b'' b'\x00\xff' b'\xde\xad\xbe\xef' b'\x01'
# expect: bytearray(b'AB') b'C' bytearray(b'D')
# expect: Sub b'AB' True
