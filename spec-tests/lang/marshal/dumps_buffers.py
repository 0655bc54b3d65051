# Buffers are written as bytes; subclasses of int and str are not marshallable.
import marshal
class B(bytes): pass
class I(int): pass
class S(str): pass
print(marshal.dumps(bytearray(b'xy')), marshal.dumps(memoryview(b'zz')), marshal.dumps(B(b'q')))
print(type(marshal.loads(marshal.dumps(bytearray(b'xy')))).__name__)
for v in [I(3), S('s'), object(), [1, object()], {1: len}, 1 .__add__]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(v).__name__, e)
m = memoryview(b'ab')
m.release()
try:
    marshal.dumps(m)
except ValueError as e:
    print(e)

# expect: b's\x02\x00\x00\x00xy' b's\x02\x00\x00\x00zz' b's\x01\x00\x00\x00q'
# expect: bytes
# expect: I unmarshallable object
# expect: S unmarshallable object
# expect: object unmarshallable object
# expect: list unmarshallable object
# expect: dict unmarshallable object
# expect: method-wrapper unmarshallable object
# expect: unmarshallable object
