# dumps: the nesting limit, the arguments and their errors.
import marshal
def nest(n):
    x = []
    for i in range(n - 1):
        x = [x]
    return x
print(len(marshal.dumps(nest(2000))))
try:
    marshal.dumps(nest(2001))
except ValueError as e:
    print(e)
for args in [(1, 5, 3), (), (1, 'a'), (1, 2**40), (1, 1.0)]:
    try:
        marshal.dumps(*args)
    except Exception as e:
        print(type(e).__name__, e)
for f, args in [(marshal.loads, ('a',)), (marshal.loads, (b'N', b'')), (marshal.loads, ()), (marshal.load, ()), (marshal.dump, (1,))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    marshal.dumps(1, version=2)
except TypeError as e:
    print(e)
print(marshal.dumps(1, -1), marshal.dumps(1.5, 99), marshal.version)
class V:
    def __index__(self):
        return 1
print(marshal.dumps(2.5, V()))

# expect: 10000
# expect: object too deeply nested to marshal
# expect: TypeError dumps expected at most 2 arguments, got 3
# expect: TypeError dumps expected at least 1 argument, got 0
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: a bytes-like object is required, not 'str'
# expect: marshal.loads() takes exactly one argument (2 given)
# expect: marshal.loads() takes exactly one argument (0 given)
# expect: marshal.load() takes exactly one argument (0 given)
# expect: dump expected at least 2 arguments, got 1
# expect: marshal.dumps() takes no keyword arguments
# expect: b'i\x01\x00\x00\x00' b'\xe7\x00\x00\x00\x00\x00\x00\xf8?' 4
# expect: b'f\x032.5'
