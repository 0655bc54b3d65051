print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))   # expect: True True
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(None) == slice(None, None, None))  # expect: True True True
try:
    slice(1, 2) < slice(1, None)
except TypeError as e:
    print(e)        # expect: '<' not supported between instances of 'int' and 'NoneType'
try:
    {slice(1, 2): 1}
except TypeError as e:
    print(e)        # expect: unhashable type: 'slice'
hash(slice(1, 2))   # raises: TypeError: unhashable type: 'slice'
