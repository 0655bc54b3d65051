b = bytearray()
b.append(97)
b.extend(b'bc')
b.extend(bytearray(b'd'))
b.extend([101])
b.extend(range(102, 104))
print(b, len(b))    # expect: bytearray(b'abcdefg') 7
