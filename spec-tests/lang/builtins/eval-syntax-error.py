# eval's SyntaxError carries the filename <string>.
try:
    eval('(1 +')
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)
try:
    eval('x y')
except Exception as e:
    print(type(e).__name__, e)
# expect: <string> 1 1 '(1 +' '(' was never closed
# expect: SyntaxError invalid syntax (<string>, line 1)
