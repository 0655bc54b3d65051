import array, copy
for code in array.typecodes:
    a = array.array(code, 'héllo' if code == 'u' else [1, 2, 3])
    for protocol in range(6):
        f, args, state = a.__reduce_ex__(protocol)
        b = f(*args)
        assert b == a and b.typecode == a.typecode and state is None, (code, protocol)
    print(code, a.__reduce_ex__(3)[1][2], copy.copy(a) == a, copy.deepcopy(a) == a)
class Sub(array.array):
    pass
s = Sub('i', [5, 6])
s.note = 'kept'
f, args, state = s.__reduce_ex__(4)
t = f(*args)
print(type(t).__name__, t, state)
t = copy.copy(s)
print(type(t).__name__, t)
print(array._array_reconstructor(array.array, 'h', 5, b'\x00\x01\x00\x02'))
print(array._array_reconstructor(array.array, 'f', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
print(array._array_reconstructor(array.array, 'u', 21, b'\x00\x00\x00h\x00\x00\x00i'))
print(array._array_reconstructor(array.array, 'u', 19, b'\x00h\x00i'))
print(array._array_reconstructor(Sub, 'B', 0, b'ab'))

# expect: b 1 True True
# expect: B 0 True True
# expect: u 20 True True
# expect: h 4 True True
# expect: H 2 True True
# expect: i 8 True True
# expect: I 6 True True
# expect: l 12 True True
# expect: L 10 True True
# expect: q 12 True True
# expect: Q 10 True True
# expect: f 14 True True
# expect: d 16 True True
# expect: Sub Sub('i', [5, 6]) {'note': 'kept'}
# expect: array array('i', [5, 6])
# expect: array('h', [1, 2])
# expect: array('f', [1.0])
# expect: array('u', 'hi')
# expect: array('u', 'hi')
# expect: Sub('B', [97, 98])
