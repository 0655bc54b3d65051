# dump calls write; load calls read(0), then readinto for each piece, and
# leaves the file just after the value.
import marshal
class W:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
        return len(b)
w = W()
print(marshal.dump([1, 'a', 2.5], w), w.parts)
print(marshal.dump({'k': (1, 2)}, w, 2), w.parts[-1])
class F:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = []
    def read(self, n):
        self.calls.append(('read', n))
        return b''
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.calls.append(('readinto', len(b)))
        return n
data = b''.join(w.parts) + b'rest'
f = F(data)
print(marshal.load(f), f.pos)
print(marshal.load(f), f.pos, f.calls[:4])
for d in [b'', b'i\x01', b'z\x03ab', b'(\x02\x00\x00\x00N']:
    try:
        print(marshal.load(F(d)))
    except EOFError as e:
        print(e)
class R:
    def read(self, n):
        return 'x'
try:
    marshal.load(R())
except TypeError as e:
    print(e)
class Big(F):
    def readinto(self, b):
        return len(b) + 1
try:
    marshal.load(Big(b''))
except ValueError as e:
    print(e)

# expect: 22 [b'[\x03\x00\x00\x00\xe9\x01\x00\x00\x00\xda\x01a\xe7\x00\x00\x00\x00\x00\x00\x04@']
# expect: 23 b'{u\x01\x00\x00\x00k(\x02\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x000'
# expect: [1, 'a', 2.5] 22
# expect: {'k': (1, 2)} 45 [('read', 0), ('readinto', 1), ('readinto', 4), ('readinto', 1)]
# expect: EOF read where object expected
# expect: EOF read where not expected
# expect: EOF read where not expected
# expect: EOF read where object expected
# expect: file.read() returned not bytes but str
# expect: read() returned too much data: 1 bytes requested, 2 returned
