m = memoryview(b'\x00\x10\xab\xff')
print(m.tobytes(), m.tolist(), m.hex(), m.hex(':'), m.hex('-', -3), m[::-1].hex())
print(m.tobytes('C'), m.tobytes(order='F'), m.tobytes(None), m.tobytes('A'))
def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: m.tobytes('X'))
attempt(lambda: m.tobytes(1))
attempt(lambda: m.tolist(1))
attempt(lambda: m.release(1))
attempt(lambda: m.hex('::'))
print(type(m.tobytes()).__name__, memoryview(bytearray(b'q')).tobytes())

# expect: b'\x00\x10\xab\xff' [0, 16, 171, 255] 0010abff 00:10:ab:ff 0010ab-ff ffab1000
# expect: b'\x00\x10\xab\xff' b'\x00\x10\xab\xff' b'\x00\x10\xab\xff' b'\x00\x10\xab\xff'
# expect: ValueError order must be 'C', 'F' or 'A'
# expect: TypeError tobytes() argument 'order' must be str or None, not int
# expect: TypeError memoryview.tolist() takes no arguments (1 given)
# expect: TypeError memoryview.release() takes no arguments (1 given)
# expect: ValueError sep must be length 1.
# expect: bytes b'q'
