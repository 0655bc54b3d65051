# The character shown in "unsupported format character": str shows 0x1f..0x7e
# as itself (CPython tests 31 <= c <= 126) and anything else as '?'.
for fmt in ['%\x1f', '%~', '%\x7f', '%\xe9', '%\x00', '%\x1e']:
    try:
        fmt % 1
    except ValueError as e:
        print(repr(str(e)))
# expect: "unsupported format character '\x1f' (0x1f) at index 1"
# expect: "unsupported format character '~' (0x7e) at index 1"
# expect: "unsupported format character '?' (0x7f) at index 1"
# expect: "unsupported format character '?' (0xe9) at index 1"
# expect: "unsupported format character '?' (0x0) at index 1"
# expect: "unsupported format character '?' (0x1e) at index 1"
for fmt in [b'%\x1f', b'%\x7f']:
    try:
        fmt % 1
    except ValueError as e:
        print(repr(str(e)))
# expect: "unsupported format character '\x1f' (0x1f) at index 1"
# expect: "unsupported format character '\x7f' (0x7f) at index 1"
