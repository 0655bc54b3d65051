# exec's argument checks.
for args in [(1,), ('1', []), ('1', {}, 1), ()]:
    try:
        exec(*args)
    except TypeError as e:
        print(e)
try:
    exec('1', {}, {}, 1)
except TypeError as e:
    print(e)
# expect: exec() arg 1 must be a string, bytes or code object
# expect: exec() globals must be a dict, not list
# expect: locals must be a mapping or None, not int
# expect: exec() takes at least 1 positional argument (0 given)
# expect: exec() takes at most 3 positional arguments (4 given)
exec('x', y=1)    # raises: TypeError: 'y' is an invalid keyword argument for exec()
