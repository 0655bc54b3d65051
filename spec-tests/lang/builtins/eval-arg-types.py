# eval's argument checks, in CPython's order and words.
for args in [(1,), ('1', []), ('1', {}, 1), ()]:
    try:
        eval(*args)
    except TypeError as e:
        print(e)
# expect: eval() arg 1 must be a string, bytes or code object
# expect: globals must be a real dict; try eval(expr, {}, mapping)
# expect: locals must be a mapping
# expect: eval expected at least 1 argument, got 0
eval('1', globals={})    # raises: TypeError: eval() takes no keyword arguments
