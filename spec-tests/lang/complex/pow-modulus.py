for args in [(1.5, 2, 1j), (2, 2, 1j), (1j, 2, 3), (2, 1j, 3), (2.0, 1j, 3), (1j, 2.0, 3), (2, 2.0, 1j)]:
    try:
        pow(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
# expect: ValueError complex modulo
# expect: ValueError complex modulo
# expect: ValueError complex modulo
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
# expect: ValueError complex modulo
# expect: TypeError pow() 3rd argument not allowed unless all arguments are integers
