b = bytearray(b'ab')
out = []
for x in b:
    out.append(x)
    if len(b) < 4:
        b.append(120)
print(out)    # expect: [97, 98, 120, 120]
