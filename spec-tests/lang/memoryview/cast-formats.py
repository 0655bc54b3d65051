raw = bytes(range(1, 17))
for code in 'bBchHiIlLqQnNfd?P':
    v = memoryview(raw).cast(code)
    print(code, v.format, v.itemsize, len(v), v.strides, v.tolist()[:2])
print(memoryview(b'\xff\xfe').cast('b').tolist(), memoryview(b'\xff\xff').cast('h').tolist(), memoryview(b'\xff' * 8).cast('Q').tolist())
print(memoryview(b'\x00\x02').cast('?').tolist(), memoryview(b'').cast('i').tolist())
print(memoryview(b'abcd').cast('@i').format, memoryview(b'abcd').cast('i').cast('B').format)

# expect: b b 1 16 (1,) [1, 2]
# expect: B B 1 16 (1,) [1, 2]
# expect: c c 1 16 (1,) [b'\x01', b'\x02']
# expect: h h 2 8 (2,) [513, 1027]
# expect: H H 2 8 (2,) [513, 1027]
# expect: i i 4 4 (4,) [67305985, 134678021]
# expect: I I 4 4 (4,) [67305985, 134678021]
# expect: l l 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: L L 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: q q 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: Q Q 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: n n 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: N N 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: f f 4 4 (4,) [1.539989614439558e-36, 4.063216068939723e-34]
# expect: d d 8 2 (8,) [5.447603722011605e-270, 2.500364306227096e-231]
# expect: ? ? 1 16 (1,) [True, True]
# expect: P P 8 2 (8,) [578437695752307201, 1157159078456920585]
# expect: [-1, -2] [-1] [18446744073709551615]
# expect: [False, True] []
# expect: @i B
