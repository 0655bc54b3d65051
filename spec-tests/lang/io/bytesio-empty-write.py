# An empty write past the end of a BytesIO pads nothing; a write of one
# byte there pads the gap with zeros; a closed stream refuses both.
import io
b = io.BytesIO(b'ab')
b.seek(5)
print(b.write(b''), b.write(bytearray()), b.getvalue(), b.tell())
print(b.write(b'z'), b.getvalue(), b.tell())
b.close()
for data in (b'', b'x'):
    try:
        b.write(data)
    except ValueError as e:
        print(e)

# expect: 0 0 b'ab' 5
# expect: 1 b'ab\x00\x00\x00z' 6
# expect: I/O operation on closed file.
# expect: I/O operation on closed file.
