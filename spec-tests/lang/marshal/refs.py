# References (version 3 on): an object held twice is written once with the
# flag, then as 'r' and its index; identity survives the round trip.
import marshal
s = ''.join(['a b', ' c'])
t = [s, s, s]
print(marshal.dumps(t))
print(marshal.dumps(t, 2))
u = marshal.loads(marshal.dumps(t))
print(u[0] is u[1] is u[2])
v = marshal.loads(marshal.dumps(t, 2))
print(v[0] is v[1])
l = [1]
l.append(l)
d = marshal.dumps(l)
print(d)
m = marshal.loads(d)
print(m[1] is m)
x = {}
x['self'] = x
y = marshal.loads(marshal.dumps(x))
print(y['self'] is y)
w = [float('1.5')]
print(marshal.dumps(w), marshal.dumps([w, w]))
print(marshal.dumps(('abc', 'abc')), marshal.dumps(['name', 'name']))
print(marshal.loads(b'[\x02\x00\x00\x00\xe9\xe8\x03\x00\x00r\x00\x00\x00\x00'))

# expect: b'\xdb\x03\x00\x00\x00\xfa\x05a b cr\x01\x00\x00\x00r\x01\x00\x00\x00'
# expect: b'[\x03\x00\x00\x00u\x05\x00\x00\x00a b cu\x05\x00\x00\x00a b cu\x05\x00\x00\x00a b c'
# expect: True
# expect: False
# expect: b'\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00'
# expect: True
# expect: True
# expect: b'\xdb\x01\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf8?' b'[\x02\x00\x00\x00\xdb\x01\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf8?r\x00\x00\x00\x00'
# expect: b'\xa9\x02\xda\x03abcr\x01\x00\x00\x00' b'[\x02\x00\x00\x00\xda\x04namer\x00\x00\x00\x00'
# expect: [1000, 1000]
