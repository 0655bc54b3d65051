import struct
print([n for n in dir(struct) if not n.startswith('__')])
for o in '@<>':
  for c in 'bBhHiIlLqQnNP':
    out=[]
    for v in [2**64, -2**64-1, 2**63, -2**63-1, 2**32, -2**31-1, 2**16, -2**15-1, 256, -129, -1, 5]:
      try: out.append(struct.pack(o+c,v).hex())
      except struct.error as e: out.append(str(e))
    print(o+c, ' | '.join(dict.fromkeys(out)))
for f,v in [('i','x'),('i',1.0),('f','x'),('c',b'ab'),('s',1),('e',1e10),('f',1e300),('<f',1e300),('?',[]),('?',[1]),('5s',b'abc'),('2s',b'abc'),('3p',b'abc'),('p',b'x'),('0s',b'x'),('c',b'z')]:
  try: print(f, struct.pack(f,v))
  except Exception as e: print(f, type(e).__name__, e)
for f in ['z','3','<n','<P','i i', '2 i','@q3','99999999999999999999999i', 'bq0i', 'ci2e', 'xxh', '!Q', '=l', '', '10p']:
  try: print(f, struct.calcsize(f))
  except Exception as e: print(f, type(e).__name__, e)
for x in [0.0, -0.0, 1.0, 1.5, 65504.0, 65519.0, 65520.0, 1e-8, 6e-8, 3e-8, 2.9e-8, 1e-5, 0.1, float('inf'), -float('inf'), 5.960464477539063e-08, 0.333333333]:
  try: b = struct.pack('<e', x); print(x, b.hex(), struct.unpack('<e', b), struct.unpack('>e', b))
  except Exception as e: print(x, type(e).__name__, e)
print(struct.unpack('<e', b'\x00\x7e'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>f', struct.pack('>f', 0.1)))
print(struct.unpack('@bhiqd?', struct.pack('@bhiqd?', -1, -2, -3, -4, 2.5, 7)))
print(struct.unpack('>QqLlHh', struct.pack('>QqLlHh', 2**64-1, -2**63, 2**32-1, -2**31, 65535, -32768)))
print(struct.unpack('3p2s', b'\x05ab12'), struct.unpack('xcx', b'1a2'))
for a in [('ii',1), ('ii',1,2,3)]:
  try: struct.pack(*a)
  except Exception as e: print(e)
for a in [('ii',b'1'), ('ii','12345678'), ('ii',bytearray(8)), ('b', memoryview(b'\x05'))]:
  try: print(struct.unpack(*a))
  except Exception as e: print(type(e).__name__, e)
for a in [('ii',b'1', 2), ('b', b'12', -3), ('b', b'12', -2), ('b', b'12', 2)]:
  try: print(struct.unpack_from(*a))
  except Exception as e: print(e)
for off in [2, -1, -8, -10, 0]:
  try: b = bytearray(6); struct.pack_into('<h', b, off, 258); print(b)
  except Exception as e: print(e)
try: struct.pack_into('b', b'12', 0, 1)
except Exception as e: print(type(e).__name__, e)
for a in [('ii',b'123'), ('', b'')]:
  try: struct.iter_unpack(*a)
  except Exception as e: print(e)
print(list(struct.iter_unpack('<bh', b'\x01\x02\x00\x03\x04\x00')))
print(struct.error.__mro__, struct.error.__module__, issubclass(struct.error, Exception))
try: struct.Struct(1)
except Exception as e: print(e)
s = struct.Struct(b'>3sH'); print(s.format, s.size, s.pack(b'ab', 3), s.unpack(b'abc\x00\x04'), s.unpack_from(b'xabc\x00\x04', 1), s.unpack_from(buffer=b'abc\x00\x05'))
print(type(s).__name__, type(s).__module__, struct.Struct.__name__)
class I:
  def __index__(self): return 7
print(struct.pack('b', I()), struct.pack('d', 3), struct.pack('?', None))

# expect: ['Struct', '_clearcache', 'calcsize', 'error', 'iter_unpack', 'pack', 'pack_into', 'unpack', 'unpack_from']
# expect: @b argument out of range | byte format requires -128 <= number <= 127 | ff | 05
# expect: @B argument out of range | ubyte format requires 0 <= number <= 255 | 05
# expect: @h argument out of range | short format requires -32768 <= number <= 32767 | 0001 | 7fff | ffff | 0500
# expect: @H argument out of range | ushort format requires 0 <= number <= 65535 | 0001 | 0500
# expect: @i argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 00000100 | ff7fffff | 00010000 | 7fffffff | ffffffff | 05000000
# expect: @I argument out of range | 'I' format requires 0 <= number <= 4294967295 | 00000100 | 00010000 | 05000000
# expect: @l argument out of range | 0000000001000000 | ffffff7fffffffff | 0000010000000000 | ff7fffffffffffff | 0001000000000000 | 7fffffffffffffff | ffffffffffffffff | 0500000000000000
# expect: @L argument out of range | 0000000000000080 | 0000000001000000 | 0000010000000000 | 0001000000000000 | 0500000000000000
# expect: @q argument out of range | 0000000001000000 | ffffff7fffffffff | 0000010000000000 | ff7fffffffffffff | 0001000000000000 | 7fffffffffffffff | ffffffffffffffff | 0500000000000000
# expect: @Q argument out of range | 0000000000000080 | 0000000001000000 | 0000010000000000 | 0001000000000000 | 0500000000000000
# expect: @n argument out of range | 0000000001000000 | ffffff7fffffffff | 0000010000000000 | ff7fffffffffffff | 0001000000000000 | 7fffffffffffffff | ffffffffffffffff | 0500000000000000
# expect: @N argument out of range | 0000000000000080 | 0000000001000000 | 0000010000000000 | 0001000000000000 | 0500000000000000
# expect: @P int too large to convert | 0000000000000080 | 0000000001000000 | ffffff7fffffffff | 0000010000000000 | ff7fffffffffffff | 0001000000000000 | 7fffffffffffffff | ffffffffffffffff | 0500000000000000
# expect: <b argument out of range | byte format requires -128 <= number <= 127 | ff | 05
# expect: <B argument out of range | ubyte format requires 0 <= number <= 255 | 05
# expect: <h argument out of range | short format requires -32768 <= number <= 32767 | 0001 | 7fff | ffff | 0500
# expect: <H argument out of range | ushort format requires 0 <= number <= 65535 | 0001 | 0500
# expect: <i argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 00000100 | ff7fffff | 00010000 | 7fffffff | ffffffff | 05000000
# expect: <I argument out of range | 'I' format requires 0 <= number <= 4294967295 | 00000100 | 00010000 | 05000000
# expect: <l argument out of range | 'l' format requires -2147483648 <= number <= 2147483647 | 00000100 | ff7fffff | 00010000 | 7fffffff | ffffffff | 05000000
# expect: <L argument out of range | 'L' format requires 0 <= number <= 4294967295 | 00000100 | 00010000 | 05000000
# expect: <q argument out of range | 0000000001000000 | ffffff7fffffffff | 0000010000000000 | ff7fffffffffffff | 0001000000000000 | 7fffffffffffffff | ffffffffffffffff | 0500000000000000
# expect: <Q argument out of range | 0000000000000080 | 0000000001000000 | 0000010000000000 | 0001000000000000 | 0500000000000000
# expect: <n bad char in struct format
# expect: <N bad char in struct format
# expect: <P bad char in struct format
# expect: >b argument out of range | byte format requires -128 <= number <= 127 | ff | 05
# expect: >B argument out of range | ubyte format requires 0 <= number <= 255 | 05
# expect: >h argument out of range | 'h' format requires -32768 <= number <= 32767 | 0100 | ff7f | ffff | 0005
# expect: >H argument out of range | 'H' format requires 0 <= number <= 65535 | 0100 | 0005
# expect: >i argument out of range | 'i' format requires -2147483648 <= number <= 2147483647 | 00010000 | ffff7fff | 00000100 | ffffff7f | ffffffff | 00000005
# expect: >I argument out of range | 'I' format requires 0 <= number <= 4294967295 | 00010000 | 00000100 | 00000005
# expect: >l argument out of range | 'l' format requires -2147483648 <= number <= 2147483647 | 00010000 | ffff7fff | 00000100 | ffffff7f | ffffffff | 00000005
# expect: >L argument out of range | 'L' format requires 0 <= number <= 4294967295 | 00010000 | 00000100 | 00000005
# expect: >q int too large to convert | 0000000100000000 | ffffffff7fffffff | 0000000000010000 | ffffffffffff7fff | 0000000000000100 | ffffffffffffff7f | ffffffffffffffff | 0000000000000005
# expect: >Q int too large to convert | 8000000000000000 | 0000000100000000 | 0000000000010000 | 0000000000000100 | 0000000000000005
# expect: >n bad char in struct format
# expect: >N bad char in struct format
# expect: >P bad char in struct format
# expect: i error required argument is not an integer
# expect: i error required argument is not an integer
# expect: f error required argument is not a float
# expect: c error char format requires a bytes object of length 1
# expect: s error argument for 's' must be a bytes object
# expect: e OverflowError float too large to pack with e format
# expect: f b'\x00\x00\x80\x7f'
# expect: <f OverflowError float too large to pack with f format
# expect: ? b'\x00'
# expect: ? b'\x01'
# expect: 5s b'abc\x00\x00'
# expect: 2s b'ab'
# expect: 3p b'\x02ab'
# expect: p b'\x00'
# expect: 0s b''
# expect: c b'z'
# expect: z error bad char in struct format
# expect: 3 error repeat count given without format specifier
# expect: <n error bad char in struct format
# expect: <P error bad char in struct format
# expect: i i 8
# expect: 2 i error bad char in struct format
# expect: @q3 error repeat count given without format specifier
# expect: 99999999999999999999999i error total struct size too long
# expect: bq0i 16
# expect: ci2e 12
# expect: xxh 4
# expect: !Q 8
# expect: =l 4
# expect:  0
# expect: 10p 10
# expect: 0.0 0000 (0.0,) (0.0,)
# expect: -0.0 0080 (-0.0,) (7.62939453125e-06,)
# expect: 1.0 003c (1.0,) (3.5762786865234375e-06,)
# expect: 1.5 003e (1.5,) (3.6954879760742188e-06,)
# expect: 65504.0 ff7b (65504.0,) (nan,)
# expect: 65519.0 ff7b (65504.0,) (nan,)
# expect: 65520.0 OverflowError float too large to pack with e format
# expect: 1e-08 0000 (0.0,) (0.0,)
# expect: 6e-08 0100 (5.960464477539063e-08,) (1.52587890625e-05,)
# expect: 3e-08 0100 (5.960464477539063e-08,) (1.52587890625e-05,)
# expect: 2.9e-08 0000 (0.0,) (0.0,)
# expect: 1e-05 a800 (1.0013580322265625e-05,) (-0.03125,)
# expect: 0.1 662e (0.0999755859375,) (1582.0,)
# expect: inf 007c (inf,) (7.3909759521484375e-06,)
# expect: -inf 00fc (-inf,) (1.5020370483398438e-05,)
# expect: 5.960464477539063e-08 0100 (5.960464477539063e-08,) (1.52587890625e-05,)
# expect: 0.333333333 5535 (0.333251953125,) (83.3125,)
# expect: (nan,) (5.960464477539063e-08,) (0.10000000149011612,)
# expect: (-1, -2, -3, -4, 2.5, True)
# expect: (18446744073709551615, -9223372036854775808, 4294967295, -2147483648, 65535, -32768)
# expect: (b'ab', b'12') (b'a',)
# expect: pack expected 2 items for packing (got 1)
# expect: pack expected 2 items for packing (got 3)
# expect: error unpack requires a buffer of 8 bytes
# expect: TypeError a bytes-like object is required, not 'str'
# expect: (0, 0)
# expect: (5,)
# expect: unpack_from requires a buffer of at least 10 bytes for unpacking 8 bytes at offset 2 (actual buffer size is 1)
# expect: offset -3 out of range for 2-byte buffer
# expect: (49,)
# expect: unpack_from requires a buffer of at least 3 bytes for unpacking 1 bytes at offset 2 (actual buffer size is 2)
# expect: bytearray(b'\x00\x00\x02\x01\x00\x00')
# expect: no space to pack 2 bytes at offset -1
# expect: offset -8 out of range for 6-byte buffer
# expect: offset -10 out of range for 6-byte buffer
# expect: bytearray(b'\x02\x01\x00\x00\x00\x00')
# expect: TypeError argument must be read-write bytes-like object, not bytes
# expect: iterative unpacking requires a buffer of a multiple of 8 bytes
# expect: cannot iteratively unpack with a struct of length 0
# expect: [(1, 2), (3, 4)]
# expect: (<class 'struct.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) struct True
# expect: Struct() argument 1 must be a str or bytes object, not int
# expect: >3sH 5 b'ab\x00\x00\x03' (b'abc', 4) (b'abc', 4) (b'abc', 5)
# expect: Struct _struct Struct
# expect: b'\x07' b'\x00\x00\x00\x00\x00\x00\x08@' b'\x00'
