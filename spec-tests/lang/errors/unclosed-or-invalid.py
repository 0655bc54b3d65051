# A parser that fails on the last token, without asking for the one after
# it, reports "invalid syntax" there, not the bracket never closed.
for src in ['def f(:\n', 'def f(:', 'x = (1,\n', 'x = (1,\ny = 2\n', 'f(a, :', '[1, 2\n',
            '(1 +\n', 'print(1 2\n', '{a:\n']:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)

# expect: 'def f(:\n' invalid syntax 1 7
# expect: 'def f(:' invalid syntax 1 7
# expect: 'x = (1,\n' '(' was never closed 1 5
# expect: 'x = (1,\ny = 2\n' '(' was never closed 1 5
# expect: 'f(a, :' invalid syntax 1 6
# expect: '[1, 2\n' '[' was never closed 1 1
# expect: '(1 +\n' '(' was never closed 1 1
# expect: 'print(1 2\n' '(' was never closed 1 6
# expect: '{a:\n' '{' was never closed 1 1
