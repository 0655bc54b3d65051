# array checks a str initializer before the typecode, and reads 'b' and 'H'
# items one C type wider first.
import array
for c, v in [('b', 40000), ('b', 200), ('b', -40000), ('H', 2**40), ('H', -2**40),
             ('H', -1), ('H', 70000), ('B', 300), ('h', 2**70), ('b', -129)]:
    try:
        array.array(c, [v])
    except OverflowError as e:
        print(c, v, e)
for c, i in [('x', 'ab'), ('x', array.array('u', 'a')), ('é', 'a'), ('x', [1]), ('x', b'')]:
    try:
        array.array(c, i)
    except (TypeError, ValueError) as e:
        print(repr(c), type(e).__name__, e)
print(array.array('u', 'ab'), array.array('b', [-128, 127]), array.array('H', [65535]))

# expect: b 40000 signed short integer is greater than maximum
# expect: b 200 signed char is greater than maximum
# expect: b -40000 signed short integer is less than minimum
# expect: H 1099511627776 signed integer is greater than maximum
# expect: H -1099511627776 signed integer is less than minimum
# expect: H -1 unsigned short is less than minimum
# expect: H 70000 unsigned short is greater than maximum
# expect: B 300 unsigned byte integer is greater than maximum
# expect: h 1180591620717411303424 Python int too large to convert to C long
# expect: b -129 signed char is less than minimum
# expect: 'x' TypeError cannot use a str to initialize an array with typecode 'x'
# expect: 'x' TypeError cannot use a unicode array to initialize an array with typecode 'x'
# expect: 'é' TypeError cannot use a str to initialize an array with typecode 'é'
# expect: 'x' ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: 'x' ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: array('u', 'ab') array('b', [-128, 127]) array('H', [65535])
