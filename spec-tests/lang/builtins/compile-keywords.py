# compile's arguments may be given by name.
c = compile(source='x * 2', filename='<k>', mode='eval', flags=0, dont_inherit=True, optimize=-1)
print(eval(c, {'x': 21}))
# expect: 42
