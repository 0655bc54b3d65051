# closure= applies to code objects only.
exec('1', {}, {}, closure=None)
print('ok')
# expect: ok
exec('1', {}, {}, closure=1)    # raises: TypeError: closure can only be used when source is a code object
