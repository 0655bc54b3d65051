base = '/tmp/lython-io-%x-' % id(object())
p = base + 'text'
with open(p, 'w') as f:
    print(f.write('one\ntwo\r\nthree\rfour'))
    print(f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p) as f:
    print(list(f))
with open(p, newline='') as f:
    print(f.readlines())
with open(p, newline='\r') as f:
    print(repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    print(repr(f.readline(2)))
    print(f.seek(0, 2))
with open(p, 'a') as f:
    print(f.tell())
    f.write('!\n')
with open(p, 'r+') as f:
    f.seek(0)
    f.write('ONE')
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(p, 'rb') as f:
    print(f.read())
for mode, kw in [('rb', {'encoding': 'utf-8'}), ('bt', {}), ('r', {'buffering': 0}), ('rb', {'newline': ''})]:
    try:
        open(p, mode, **kw)
    except ValueError as e:
        print(e)
try:
    open(p, 'r').write('x')
except Exception as e:
    print(type(e).__name__, e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
print(open is __import__('_io').open)

# expect: 19
# expect: 19
# expect: b'one\ntwo\r\nthree\rfour'
# expect: ['one\n', 'two\n', 'three\n', 'four']
# expect: ['one\n', 'two\r\n', 'three\r', 'four']
# expect: 'one\ntwo\r' '\nthree\r'
# expect: 'one\nt' 5
# expect: 'on'
# expect: 19
# expect: 19
# expect: 'ONE\n'
# expect: b'a\r\nb\r\n'
# expect: binary mode doesn't take an encoding argument
# expect: can't have text and binary mode at once
# expect: can't have unbuffered text I/O
# expect: binary mode doesn't take a newline argument
# expect: UnsupportedOperation not writable
# expect: I/O operation on closed file.
# expect: True
