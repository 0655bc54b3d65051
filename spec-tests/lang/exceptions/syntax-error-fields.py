# SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
e = SyntaxError('bad', ('dir/f.py', 1, 2, 'x y', 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
# expect: bad dir/f.py 1 2 x y 1 3 None
print(e)                                           # expect: bad (f.py, line 1)
print(SyntaxError('m', (None, 2, 2, 't')))         # expect: m (line 2)
print(SyntaxError('m', ('f', None, 2, 't')))       # expect: m (f)
print(SyntaxError('m', ('f', True, 2, 't')))       # expect: m (f)
print(SyntaxError('m', ('f', 2**70, 2, 't')))      # expect: m (f, line -1)
print(SyntaxError('m', ['f', 1, 2, 't']).end_lineno)   # expect: None
print(SyntaxError('a', 'b', 'c'), SyntaxError(), repr(SyntaxError().msg))   # expect: a None None
print(IndentationError('m', ('g.py', 3, 1, 'x')), TabError('m', ('g.py', 3, 1, 'x')).lineno)   # expect: m (g.py, line 3) 3
e.lineno = 7
e.filename = 'h.py'
print(e, e.args)    # expect: bad (h.py, line 7) ('bad', ('dir/f.py', 1, 2, 'x y', 1, 3))
for info in ('b', ('f', 1, 2), ('f', 1, 2, 't', 5, 6, 7), ('f', 1, 2, 't', 5), 5):
    try:
        SyntaxError('a', info)
    except TypeError as err:
        print(err)
# expect: function takes at least 4 arguments (1 given)
# expect: function takes at least 4 arguments (3 given)
# expect: function takes at most 6 arguments (7 given)
# expect: end_offset must be provided when end_lineno is provided
# expect: 'int' object is not iterable
try:
    raise SyntaxError('caught', ('c.py', 4, 1, 'y'))
except SyntaxError as caught:
    print(caught.lineno, caught.filename)   # expect: 4 c.py
