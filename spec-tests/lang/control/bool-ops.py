print(0 or 'x')        # expect: x
print('' or 0)         # expect: 0
print(None or [])      # expect: []
print(1 and 2)         # expect: 2
print(0 and 1)         # expect: 0
print('a' and '')      # expect:
print(not 0)           # expect: True
print(not 'a')         # expect: False
print(not None)        # expect: True
print(1 or 1 / 0)      # expect: 1
print(0 and 1 / 0)     # expect: 0
print(True and False or 'z')  # expect: z
print(not 1 == 2)      # expect: True
