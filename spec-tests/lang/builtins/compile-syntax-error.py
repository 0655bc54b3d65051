# compile's SyntaxError names the filename given.
try:
    compile('a b', 'mine.py', 'exec')
except SyntaxError as e:
    print(e.filename, e.lineno, e)
try:
    compile('1 +', 'other.py', 'eval')
except Exception as e:
    print(type(e).__name__, e)
# expect: mine.py 1 invalid syntax (mine.py, line 1)
# expect: SyntaxError invalid syntax (other.py, line 1)
