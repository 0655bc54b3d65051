b = bytearray(b'ab')
b.extend(b)
print(b)
b[0:1] = b
print(b)
e = bytearray()
e += e
print(e)
try:
    b += b
except BufferError as err:
    print(type(err).__name__, err)
print(b, b + b)

# expect: bytearray(b'abab')
# expect: bytearray(b'ababbab')
# expect: bytearray(b'')
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: bytearray(b'ababbab') bytearray(b'ababbabababbab')
