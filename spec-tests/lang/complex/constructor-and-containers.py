import sys
z = 1+2j
print(complex, [z, -z], {z: 1}, sys.getsizeof(z), z in [1+2j], (1, 2j) == (1, 2j))
print(isinstance(1j, (int, float)), 1j != 1j, hash(1j) == hash(complex(0, 1)), sum([z, 1, 2.5]))
print(complex('  3.5  '), complex('(1e3j)'), complex('-J'), complex(True, False))
for s in ['', '(', '1+', '1+2', 'jj', '1e', '(1+2j', '1+2j)', '+-1j', '1j+2']:
    try: print(complex(s))
    except ValueError as e: print(e)
for f in [lambda: complex(1, 2, 3), lambda: complex(x=1), lambda: complex(1, real=2), lambda: complex([]), lambda: complex(1, []), lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(b'1')]:
    try: print(f())
    except TypeError as e: print(e)
# expect: <class 'complex'> [(1+2j), (-1-2j)] {(1+2j): 1} 32 True True
# expect: False False True (4.5+2j)
# expect: (3.5+0j) 1000j -1j (1+0j)
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() arg is a malformed string
# expect: complex() takes at most 2 arguments (3 given)
# expect: 'x' is an invalid keyword argument for complex()
# expect: argument for complex() given by name ('real') and position (1)
# expect: complex() first argument must be a string or a number, not 'list'
# expect: complex() second argument must be a number, not 'list'
# expect: complex() can't take second arg if first is a string
# expect: complex() second arg can't be a string
# expect: complex() first argument must be a string or a number, not 'bytes'
