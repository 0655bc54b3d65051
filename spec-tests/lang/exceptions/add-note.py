class E(Exception): pass
e = E("x")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)   # expect: ['first note', 'second']
try:
    e.add_note(5)
except TypeError as err:
    print(err)   # expect: note must be a str, not 'int'
print(str(e), repr(e))   # expect: x E('x')
