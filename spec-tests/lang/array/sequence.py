import array
a = array.array('h', range(10))
a[2:5] = array.array('h', [-1]); print(a)
del a[::3]; print(a)
a[1:5:2] = array.array("h", [7, 8]); print(a)
a += array.array('h', [100]); a *= 2; print(a, len(a))
print(a[-1], a[-3:], a[::-4], list(reversed(a))[:3], sorted(a)[:3], sum(a), max(a))
a.reverse(); print(a)
b = a[:]; b.byteswap(); print(b.tobytes()[:6])
it = iter(a); print(next(it), next(it), list(it)[:2])
class MyArray(array.array):
    pass
m = MyArray('d', [1.5, 2.5]); m.attr = 1
print(m, type(m[:]).__name__, type(m).__name__, m.__reduce_ex__(2)[0].__name__, m.__reduce_ex__(3)[2])
print(array.array('u', 'héllo').tounicode(), repr(array.array('u')), array.array('q', [-2**63, 2**63-1]), array.array('Q', [2**64-1]))
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]), array.array('i', [1, 2]) != array.array('i', [1]), array.array('b', [1, 2]) <= array.array('b', [1, 2]))
import io
f = io.BytesIO(); array.array('i', [1, 2, 3]).tofile(f); f.seek(0)
x = array.array('i'); x.fromfile(f, 2); print(x)
try: x.fromfile(f, 5)
except EOFError as e: print('EOFError', e, x)
print([n for n in dir(array.array) if not n.startswith('__')])
print([n for n in dir(array) if not n.startswith("__")])

# expect: array('h', [0, 1, -1, 5, 6, 7, 8, 9])
# expect: array('h', [1, -1, 6, 7, 9])
# expect: array('h', [1, 7, 6, 8, 9])
# expect: array('h', [1, 7, 6, 8, 9, 100, 1, 7, 6, 8, 9, 100]) 12
# expect: 100 array('h', [8, 9, 100]) array('h', [100, 7, 8]) [100, 9, 8] [1, 1, 6] 262 100
# expect: array('h', [100, 9, 8, 6, 7, 1, 100, 9, 8, 6, 7, 1])
# expect: b'\x00d\x00\t\x00\x08'
# expect: 100 9 [8, 6]
# expect: MyArray('d', [1.5, 2.5]) array MyArray MyArray {'attr': 1}
# expect: héllo array('u') array('q', [-9223372036854775808, 9223372036854775807]) array('Q', [18446744073709551615])
# expect: True True True
# expect: array('i', [1, 2])
# expect: EOFError read() didn't return enough bytes array('i', [1, 2, 3])
# expect: ['append', 'buffer_info', 'byteswap', 'count', 'extend', 'frombytes', 'fromfile', 'fromlist', 'fromunicode', 'index', 'insert', 'itemsize', 'pop', 'remove', 'reverse', 'tobytes', 'tofile', 'tolist', 'tounicode', 'typecode']
# expect: ['ArrayType', '_array_reconstructor', 'array', 'typecodes']
