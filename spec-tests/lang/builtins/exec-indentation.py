# exec does not strip indentation as eval does.
print(eval(' 1'))
try:
    exec(' 1')
except Exception as e:
    print(type(e).__name__, e)
# expect: 1
# expect: IndentationError unexpected indent (<string>, line 1)
