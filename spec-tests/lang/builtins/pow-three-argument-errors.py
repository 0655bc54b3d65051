# pow(x, y, z) with a non-int: a float's nb_power refuses the third argument once x and y are numbers; otherwise the error names all three types. ** names itself '** or pow()'.
def t(f):
    try:
        print(f())
    except TypeError as e:
        print(e)
t(lambda: pow(2, 2, 3.0))  # expect: pow() 3rd argument not allowed unless all arguments are integers
t(lambda: pow(2, 2, 'a'))  # expect: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'
t(lambda: pow('a', 2.0, 3))  # expect: pow() 3rd argument not allowed unless all arguments are integers
t(lambda: pow(2.0, 'a', 3))  # expect: pow() 3rd argument not allowed unless all arguments are integers
t(lambda: pow(True, 2, 3))  # expect: 1
t(lambda: pow(2, 2, None))  # expect: 4
t(lambda: 'a' ** 'b')  # expect: unsupported operand type(s) for ** or pow(): 'str' and 'str'
t(lambda: pow([], 2, 3.5))  # expect: pow() 3rd argument not allowed unless all arguments are integers
