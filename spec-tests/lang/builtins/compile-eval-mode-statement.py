# eval mode rejects a statement at compile time.
try:
    compile('pass', 'f', 'eval')
except Exception as e:
    print(type(e).__name__, e)
# expect: SyntaxError invalid syntax (f, line 1)
