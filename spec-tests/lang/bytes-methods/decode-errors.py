samples = [b'\xff', b'a\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x90\x28', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'ok\x80']
for s in samples:
    try:
        s.decode()
    except UnicodeDecodeError as e:
        print(e)
try:
    b'caf\xc3\xa9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\x80\x81'.decode('us-ascii')
except UnicodeDecodeError as e:
    print(e)

# expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data
# expect: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
# expect: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# expect: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
# expect: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
# expect: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte
# expect: 'utf-8' codec can't decode byte 0x80 in position 2: invalid start byte
# expect: 'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)
# expect: 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)
