b = bytes([0, 1, 15, 16, 255])
print(b.hex(), b.hex(':'), b.hex(b'-'), b.hex(':', 2), b.hex(':', -2), b.hex(' ', 3), b.hex(' ', -3))
print(b.hex(':', 0), b.hex(':', 5), b.hex(':', 99), b.hex(sep='|', bytes_per_sep=-1), b''.hex(':'), b'\x01'.hex(':', 2))
print(bytearray(b'\xab\xcd').hex(), bytearray(b'\xab\xcd').hex('_'), type(b.hex()).__name__)

# expect: 00010f10ff 00:01:0f:10:ff 00-01-0f-10-ff 00:010f:10ff 0001:0f10:ff 0001 0f10ff 00010f 10ff
# expect: 00010f10ff 00010f10ff 00010f10ff 00|01|0f|10|ff  01
# expect: abcd ab_cd str
