# eval takes an expression, not a statement.
try:
    eval('x = 1')
except Exception as e:
    print(type(e).__name__, e)
# expect: SyntaxError invalid syntax (<string>, line 1)
