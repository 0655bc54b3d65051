# value and code are fields: set once from the arguments, then settable.
e = StopIteration(1, 2)
print(e.value)            # expect: 1
e.value = 5
print(e.value, e.args)    # expect: 5 (1, 2)
s = SystemExit(1)
s.code = 'bye'
print(s.code, s.args)     # expect: bye (1,)
del s.code
print(s.code)             # expect: None
print(SystemExit(1, 2).code, SystemExit().code)   # expect: (1, 2) None
e.args = (9,)
print(e.value)            # expect: 5
