# struct's float formats: a value that is no double is "required argument
# is not a float", and an int too large for the format is struct.error.
import struct
for f in ['!f', '<f', 'f', '<d', 'd', '<e', 'e']:
    for v in [10**300, 1e300, 10**400, 'x', 2.5, True]:
        try:
            print(f, repr(v)[:8], struct.pack(f, v))
        except (struct.error, OverflowError) as e:
            print(f, repr(v)[:8], type(e).__name__, e)

# expect: !f 10000000 error int too large to convert
# expect: !f 1e+300 OverflowError float too large to pack with f format
# expect: !f 10000000 error required argument is not a float
# expect: !f 'x' error required argument is not a float
# expect: !f 2.5 b'@ \x00\x00'
# expect: !f True b'?\x80\x00\x00'
# expect: <f 10000000 error int too large to convert
# expect: <f 1e+300 OverflowError float too large to pack with f format
# expect: <f 10000000 error required argument is not a float
# expect: <f 'x' error required argument is not a float
# expect: <f 2.5 b'\x00\x00 @'
# expect: <f True b'\x00\x00\x80?'
# expect: f 10000000 b'\x00\x00\x80\x7f'
# expect: f 1e+300 b'\x00\x00\x80\x7f'
# expect: f 10000000 error required argument is not a float
# expect: f 'x' error required argument is not a float
# expect: f 2.5 b'\x00\x00 @'
# expect: f True b'\x00\x00\x80?'
# expect: <d 10000000 b'\x9cu\x00\x88<\xe47~'
# expect: <d 1e+300 b'\x9cu\x00\x88<\xe47~'
# expect: <d 10000000 error required argument is not a float
# expect: <d 'x' error required argument is not a float
# expect: <d 2.5 b'\x00\x00\x00\x00\x00\x00\x04@'
# expect: <d True b'\x00\x00\x00\x00\x00\x00\xf0?'
# expect: d 10000000 b'\x9cu\x00\x88<\xe47~'
# expect: d 1e+300 b'\x9cu\x00\x88<\xe47~'
# expect: d 10000000 error required argument is not a float
# expect: d 'x' error required argument is not a float
# expect: d 2.5 b'\x00\x00\x00\x00\x00\x00\x04@'
# expect: d True b'\x00\x00\x00\x00\x00\x00\xf0?'
# expect: <e 10000000 error int too large to convert
# expect: <e 1e+300 OverflowError float too large to pack with e format
# expect: <e 10000000 error required argument is not a float
# expect: <e 'x' error required argument is not a float
# expect: <e 2.5 b'\x00A'
# expect: <e True b'\x00<'
# expect: e 10000000 error int too large to convert
# expect: e 1e+300 OverflowError float too large to pack with e format
# expect: e 10000000 error required argument is not a float
# expect: e 'x' error required argument is not a float
# expect: e 2.5 b'\x00A'
# expect: e True b'\x00<'
