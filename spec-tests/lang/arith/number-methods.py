# Methods and attributes of int and float: the numeric tower's attributes
# as getset descriptors, bit counts, bytes, exact ratios and hex.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: ((5).to_bytes(), (255).to_bytes(2, 'little'), (-1).to_bytes(2, signed=True), (0).to_bytes(0)))  # expect: (b'\x05', b'\xff\x00', b'\xff\xff', b'')
t(lambda: (int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes([1, 2]), int.from_bytes(b'\x01\x00')))  # expect: (-257, 258, 256)
t(lambda: (128).to_bytes(1, signed=True))  # expect: OverflowError int too big to convert
t(lambda: (-129).to_bytes(1, signed=True))  # expect: OverflowError int too big to convert
t(lambda: (-128).to_bytes(1, signed=True))  # expect: b'\x80'
t(lambda: (256).to_bytes())  # expect: OverflowError int too big to convert
t(lambda: (-1).to_bytes())  # expect: OverflowError can't convert negative int to unsigned
t(lambda: (1).to_bytes(1, 'mid'))  # expect: ValueError byteorder must be either 'little' or 'big'
t(lambda: (1).to_bytes(-1))  # expect: ValueError length argument must be non-negative
t(lambda: int.from_bytes([256]))  # expect: ValueError bytes must be in range(0, 256)
t(lambda: ((1.5).hex(), (0.0).hex(), (-0.1).hex(), (5e-324).hex(), float('inf').hex(), (1e300).hex(), (-0.0).hex()))  # expect: ('0x1.8000000000000p+0', '0x0.0p+0', '-0x1.999999999999ap-4', '0x0.0000000000001p-1022', 'inf', '0x1.7e43c8800759cp+996', '-0x0.0p+0')
t(lambda: ((0.75).as_integer_ratio(), (-2.0).as_integer_ratio(), (10).as_integer_ratio(), (1e-310).as_integer_ratio()))  # expect: ((3, 4), (-2, 1), (10, 1), (20240225330731, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784))
t(lambda: float('inf').as_integer_ratio())  # expect: OverflowError cannot convert Infinity to integer ratio
t(lambda: float('nan').as_integer_ratio())  # expect: ValueError cannot convert NaN to integer ratio
t(lambda: ((7).bit_length(), (-8).bit_length(), (0).bit_length(), (13).bit_count(), (-5).bit_count(), (2**100).bit_length()))  # expect: (3, 4, 0, 3, 2, 101)
t(lambda: ((5).real, (5).imag, (5).numerator, (5).denominator, True.real, (2.5).real, (2.5).imag))  # expect: (5, 0, 5, 1, 1, 2.5, 0.0)
t(lambda: ((5).conjugate(), (2.5).conjugate(), (2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer()))  # expect: (5, 2.5, True, False, False)
t(lambda: (int.real, int.__dict__['real'], type(True.real), type(True.numerator)))  # expect: (<attribute 'real' of 'int' objects>, <attribute 'real' of 'int' objects>, <class 'int'>, <class 'int'>)
def set_real():
    x = 5
    x.real = 3
t(set_real)  # expect: AttributeError attribute 'real' of 'int' objects is not writable
class MyInt(int): pass
t(lambda: (type(MyInt.from_bytes(b'\x07')).__name__, MyInt.from_bytes(b'\x07'), MyInt(3).real, type(MyInt(3).real).__name__))  # expect: ('MyInt', 7, 3, 'int')
t(lambda: (5).bit_length(1))  # expect: TypeError int.bit_length() takes no arguments (1 given)
