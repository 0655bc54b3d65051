# divmod of floats by zero names divmod; pow's argument errors are argument clinic's
for args in [(1.0, 0.0), (1, 0.0), (1.0, 0), (-0.0, -0.0)]:
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print(e)
# expect: float divmod()
# expect: float divmod()
# expect: float divmod()
# expect: float divmod()
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)    # expect: integer division or modulo by zero
for args in [('a', 1), (1, 'a'), ([], [])]:
    try:
        divmod(*args)
    except TypeError as e:
        print(e)
# expect: unsupported operand type(s) for divmod(): 'str' and 'int'
# expect: unsupported operand type(s) for divmod(): 'int' and 'str'
# expect: unsupported operand type(s) for divmod(): 'list' and 'list'
print(pow(base=2, exp=10), pow(2, exp=3, mod=5))    # expect: 1024 3
for call in [lambda: pow(), lambda: pow(1), lambda: pow(1, 2, 3, 4), lambda: pow(1, 2, mod=3, base=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
# expect: pow() missing required argument 'base' (pos 1)
# expect: pow() missing required argument 'exp' (pos 2)
# expect: pow() takes at most 3 arguments (4 given)
# expect: pow() takes at most 3 arguments (4 given)
print(5.5 // 0.5, 5.5 % -2.0, divmod(-7.5, 2))    # expect: 11.0 -0.5 (-4.0, 0.5)
