s = ''
for i in range(3):
    s += chr(0xdc80 + i)
print(repr(s), len(s))    # expect: '\udc80\udc81\udc82' 3
t = 'x'
t += 'y'
t += '\ud800'
print(repr(t))    # expect: 'xy\ud800'
