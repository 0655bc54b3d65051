def attempt(f):
    try:
        f()
        print('ok')
    except (TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
m = memoryview(bytearray(b'abcd'))
def wrong_size(): m[0:2] = b'xyz'
def not_bytes(): m[0:2] = [1, 2]
def text(): m[0:2] = 'ab'
def wrong_format(): m[0:1] = memoryview(b'a').cast('c')
def ints_from_bytes(): memoryview(bytearray(4)).cast('i')[0:1] = b'abcd'
def multi(): m[0:1, 0:1] = b'a'
def readonly(): memoryview(b'ab')[0:1] = b'x'
for f in (wrong_size, not_bytes, text, wrong_format, ints_from_bytes, multi, readonly):
    attempt(f)

# expect: ValueError memoryview assignment: lvalue and rvalue have different structures
# expect: TypeError a bytes-like object is required, not 'list'
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError memoryview assignment: lvalue and rvalue have different structures
# expect: ValueError memoryview assignment: lvalue and rvalue have different structures
# expect: NotImplementedError memoryview slice assignments are currently restricted to ndim = 1
# expect: TypeError cannot modify read-only memory
