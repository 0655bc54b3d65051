# The writer's quoting rules, 3.11's.
import csv, io

def line(row, **kw):
    out = io.StringIO()
    try:
        ret = csv.writer(out, **kw).writerow(row)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return repr(out.getvalue()) + f" {ret}"

print(line(['a b', ' lead', 'x\ny', 'q"q', '', None, 1.5, 'c,d']))
print(line(['a\rb']), line(['a\nb'], lineterminator='\r'), line([' x'], delimiter=' '))
print(line(['']), line([None]), line([]), line([''], quoting=csv.QUOTE_NONE))
print(line(['a,b'], quoting=csv.QUOTE_NONE), line(['a,b'], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(line(['a"b'], doublequote=False), line(['a"b'], doublequote=False, escapechar='\\'))
print(line([1, 'a', 2.5, None, True, 2**70], quoting=csv.QUOTE_NONNUMERIC), line([1, 'a'], quoting=csv.QUOTE_ALL))
print(line(['a\\b'], escapechar='\\'), line(['a\\b'], escapechar='\\', quoting=csv.QUOTE_NONE))
print(line(3), line(['', '']), line([' '], delimiter=' '), line(['', 'x'], delimiter=' ', skipinitialspace=True))
print(line(['\x00a']), line(['a'], lineterminator='!'), line(['a!b'], lineterminator='!'))
print(line(['a\rb'], quoting=csv.QUOTE_NONE, escapechar='\\'), line(['a b'], delimiter=' ', quoting=csv.QUOTE_NONE, escapechar='\\'))
print(line(['a', 'b'], quotechar=None, quoting=csv.QUOTE_NONE))
print(line(['a"b'], quotechar='"', escapechar='"'), line(['a"b'], escapechar='"', doublequote=False))
print(line(['é€😀', 'x;y'], delimiter=';'), line(iter(['a', 'b'])), line('abc'), line({'k': 1}))
print(line([b'x', [1, 2], (3,)], quoting=csv.QUOTE_NONNUMERIC), line([3j, False]))

class Bad:
    def __str__(self):
        raise RuntimeError('no str')
print(line(['a', Bad()]))

class Sink:
    def write(self, s):
        print('write', repr(s))
        return 'done'
w = csv.writer(Sink())
print(w.writerow(['x', 1]), w.writerows([['a'], 'bc']))
try:
    w.writerows([['a'], 3])
except csv.Error as e:
    print('Error', e)
for bad in [1, object()]:
    try:
        csv.writer(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    w.writerow(row=[1])
except TypeError as e:
    print('TypeError', e)

# expect: 'a b, lead,"x\ny","q""q",,,1.5,"c,d"\r\n' 36
# expect: '"a\rb"\r\n' 7 'a\nb\r' 4 '" x"\r\n' 6
# expect: '""\r\n' 4 '""\r\n' 4 '\r\n' 2 Error: single empty field record must be quoted
# expect: Error: need to escape, but no escapechar set 'a\\,b\r\n' 6
# expect: Error: need to escape, but no escapechar set 'a\\"b\r\n' 6
# expect: '1,"a",2.5,"",True,1180591620717411303424\r\n' 42 '"1","a"\r\n' 9
# expect: 'a\\\\b\r\n' 6 'a\\\\b\r\n' 6
# expect: Error: iterable expected, not int ',\r\n' 3 '" "\r\n' 5 ' x\r\n' 4
# expect: '\x00a\r\n' 4 'a!' 2 '"a!b"!' 6
# expect: 'a\\\rb\r\n' 6 'a\\ b\r\n' 6
# expect: 'a,b\r\n' 5
# expect: '"a""b"\r\n' 8 'a""b\r\n' 6
# expect: 'é€😀;"x;y"\r\n' 11 'a,b\r\n' 5 'a,b,c\r\n' 7 'k\r\n' 3
# expect: '"b\'x\'","[1, 2]","(3,)"\r\n' 24 '3j,False\r\n' 10
# expect: RuntimeError: no str
# expect: write 'x,1\r\n'
# expect: write 'a\r\n'
# expect: write 'b,c\r\n'
# expect: done None
# expect: write 'a\r\n'
# expect: Error iterable expected, not int
# expect: TypeError argument 1 must have a "write" method
# expect: TypeError argument 1 must have a "write" method
# expect: TypeError writer.writerow() takes no keyword arguments
