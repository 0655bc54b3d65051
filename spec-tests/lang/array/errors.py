import array
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for c in 'bBhHiIlLqQ':
    show(lambda: array.array(c, [2**64]))
    show(lambda: array.array(c, [-2**64]))
    show(lambda: array.array(c, [2**(8*array.array(c).itemsize)]))
    show(lambda: array.array(c, [-1]))
    show(lambda: array.array(c, [-2**(8*array.array(c).itemsize-1)-1]))
    show(lambda: array.array(c, [1.5]))
    show(lambda: array.array(c, ['x']))
    show(lambda: array.array(c, [True, 7, 2**(8*array.array(c).itemsize-1)-1]))
show(lambda: array.array('f', ['x']))
show(lambda: array.array('d', [None]))
show(lambda: array.array('u', [1]))
show(lambda: array.array('u', ['ab']))
show(lambda: array.array('f', [10**400]))
show(lambda: array.array('f', [1e300, 0.1, -2]))
show(lambda: array.array('x'))
show(lambda: array.array(1))
show(lambda: array.array('ii'))
show(lambda: array.array('b', 'abc'))
show(lambda: array.array('b', array.array('u', 'abc')))
show(lambda: array.array('b', 5))
show(lambda: array.array('b', b'\x01\xff'))
show(lambda: array.array('h', b'\x01\xff\x01'))
show(lambda: array.array('i', [1]) + [1])
show(lambda: array.array('i', [1]) + array.array('b'))
show(lambda: array.array('i', [1]) < array.array('b', [2]))
show(lambda: array.array('i', [1]) == array.array('b', [1]))
show(lambda: array.array('i', [1,2,3]).index(5))
show(lambda: array.array('i', [1,2,3]).remove(5))
show(lambda: array.array('i').pop())
show(lambda: array.array('i', [1]).pop(5))
show(lambda: array.array('i', [1])[5])
show(lambda: array.array('i', [1]).__setitem__(slice(0,1), [1]))
show(lambda: array.array('i', [1,2,3]).__setitem__(slice(0,3,2), array.array('i',[1])))
show(lambda: array.array('i', [1,2,3]).__setitem__(slice(0,3), array.array('b',[1])))
show(lambda: array.array('i', [1]).tounicode())
show(lambda: array.array('i', [1]).fromunicode('x'))
show(lambda: array.array('u', 'ab').fromunicode(b'x'))
show(lambda: array.array('i', [1]).fromlist((1,)))
show(lambda: array.array('i', [1]).extend(array.array('b')))
show(lambda: array.array('d', [1.5, 2]).__reduce_ex__(2))
show(lambda: array.array('d', [1.5, 2]).__reduce_ex__(3))
show(lambda: array.array('u', 'hi').__reduce_ex__(3))
show(lambda: array.array('u', 'hi'))
show(lambda: array.array('f', [1.1]))
show(lambda: array.array('b', [1,2]) * -1)
show(lambda: array.array.__name__ + array.array.__module__)
show(lambda: hash(array.array('b')))
show(lambda: array.array('i', [1]) + 3)
show(lambda: 3 * array.array('i', [1]))
show(lambda: array.array('i', [1,2]).insert(10, 5))
show(lambda: array.array('i', [5]).count(5.0))
show(lambda: 5.0 in array.array('i', [5]))
show(lambda: array.array('I', [2**32-1]))
show(lambda: array.array('b', [1])[0:5:0])
a = array.array('i',[1,2])
for f in [lambda: a['x'], lambda: a.__setitem__('x', 1), lambda: a.__delitem__('x'), lambda: a[True], lambda: a.insert(-10, 3) or a, lambda: a.fromfile(1, -1), lambda: a.tofile(1), lambda: a.index(1, 1), lambda: a.pop(-1), lambda: a.__reduce_ex__(), lambda: a.extend(5), lambda: a.frombytes('x'), lambda: a.fromlist([1, 'x']) or a, lambda: array.array('u', 'ab').byteswap(), lambda: array.array('d', [1.0]).byteswap(), lambda: a.__deepcopy__(), lambda: array._array_reconstructor(1, 'i', 8, b''), lambda: array._array_reconstructor(list, 'i', 8, b''), lambda: array._array_reconstructor(array.array, 'x', 8, b''), lambda: array._array_reconstructor(array.array, 'i', 22, b''), lambda: array._array_reconstructor(array.array, 'i', 8, ''), lambda: array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01'), lambda: array._array_reconstructor(array.array, 'd', 14, b'\x00\x00\x80?'), lambda: array._array_reconstructor(array.array, 'b', 12, b'\x01'*8), lambda: array._array_reconstructor(array.array, 'u', 18, b'a\x00b\x00')]:
    show(f)

# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError signed char is greater than maximum
# expect: array('b', [-1])
# expect: OverflowError signed char is less than minimum
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('b', [1, 7, 127])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError unsigned byte integer is greater than maximum
# expect: OverflowError unsigned byte integer is less than minimum
# expect: OverflowError unsigned byte integer is less than minimum
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('B', [1, 7, 127])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError signed short integer is greater than maximum
# expect: array('h', [-1])
# expect: OverflowError signed short integer is less than minimum
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('h', [1, 7, 32767])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError unsigned short is greater than maximum
# expect: OverflowError unsigned short is less than minimum
# expect: OverflowError unsigned short is less than minimum
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('H', [1, 7, 32767])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError signed integer is greater than maximum
# expect: array('i', [-1])
# expect: OverflowError signed integer is less than minimum
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('i', [1, 7, 2147483647])
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError unsigned int is greater than maximum
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError can't convert negative value to unsigned int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('I', [1, 7, 2147483647])
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: OverflowError Python int too large to convert to C long
# expect: array('l', [-1])
# expect: OverflowError Python int too large to convert to C long
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('l', [1, 7, 9223372036854775807])
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError can't convert negative value to unsigned int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('L', [1, 7, 9223372036854775807])
# expect: OverflowError int too big to convert
# expect: OverflowError int too big to convert
# expect: OverflowError int too big to convert
# expect: array('q', [-1])
# expect: OverflowError int too big to convert
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('q', [1, 7, 9223372036854775807])
# expect: OverflowError int too big to convert
# expect: OverflowError can't convert negative int to unsigned
# expect: OverflowError int too big to convert
# expect: OverflowError can't convert negative int to unsigned
# expect: OverflowError can't convert negative int to unsigned
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: array('Q', [1, 7, 9223372036854775807])
# expect: TypeError must be real number, not str
# expect: TypeError must be real number, not NoneType
# expect: TypeError array item must be unicode character
# expect: TypeError array item must be unicode character
# expect: OverflowError int too large to convert to float
# expect: array('f', [inf, 0.10000000149011612, -2.0])
# expect: ValueError bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: TypeError array() argument 1 must be a unicode character, not int
# expect: TypeError array() argument 1 must be a unicode character, not str
# expect: TypeError cannot use a str to initialize an array with typecode 'b'
# expect: TypeError cannot use a unicode array to initialize an array with typecode 'b'
# expect: TypeError 'int' object is not iterable
# expect: array('b', [1, -1])
# expect: ValueError bytes length not a multiple of item size
# expect: TypeError can only append array (not "list") to array
# expect: TypeError bad argument type for built-in operation
# expect: True
# expect: True
# expect: ValueError array.index(x): x not in array
# expect: ValueError array.remove(x): x not in array
# expect: IndexError pop from empty array
# expect: IndexError pop index out of range
# expect: IndexError array index out of range
# expect: TypeError can only assign array (not "list") to array slice
# expect: ValueError attempt to assign array of size 1 to extended slice of size 2
# expect: TypeError bad argument type for built-in operation
# expect: ValueError tounicode() may only be called on unicode type arrays
# expect: ValueError fromunicode() may only be called on unicode type arrays
# expect: TypeError fromunicode() argument must be str, not bytes
# expect: TypeError arg must be list
# expect: TypeError can only extend with array of same kind
# expect: (<class 'array.array'>, ('d', [1.5, 2.0]), None)
# expect: (<built-in function _array_reconstructor>, (<class 'array.array'>, 'd', 16, b'\x00\x00\x00\x00\x00\x00\xf8?\x00\x00\x00\x00\x00\x00\x00@'), None)
# expect: (<built-in function _array_reconstructor>, (<class 'array.array'>, 'u', 20, b'h\x00\x00\x00i\x00\x00\x00'), None)
# expect: array('u', 'hi')
# expect: array('f', [1.100000023841858])
# expect: array('b')
# expect: 'arrayarray'
# expect: TypeError unhashable type: 'array.array'
# expect: TypeError can only append array (not "int") to array
# expect: array('i', [1, 1, 1])
# expect: None
# expect: 1
# expect: True
# expect: array('I', [4294967295])
# expect: ValueError slice step cannot be zero
# expect: TypeError array indices must be integers
# expect: TypeError array indices must be integers
# expect: TypeError array indices must be integers
# expect: 2
# expect: array('i', [3, 1, 2])
# expect: ValueError negative count
# expect: AttributeError 'int' object has no attribute 'write'
# expect: 1
# expect: 2
# expect: TypeError __reduce_ex__() takes exactly 1 positional argument (0 given)
# expect: TypeError 'int' object is not iterable
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: None
# expect: None
# expect: TypeError array.__deepcopy__() takes exactly one argument (0 given)
# expect: TypeError first argument must be a type object, not int
# expect: TypeError list is not a subtype of array.array
# expect: ValueError second argument must be a valid type code
# expect: ValueError third argument must be a valid machine format code.
# expect: TypeError fourth argument should be bytes, not str
# expect: array('i', [1])
# expect: array('d', [1.0])
# expect: array('q', [72340172838076673])
# expect: array('u', 'ab')
