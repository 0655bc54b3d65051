print(True, False)       # expect: True False
print(True + True)       # expect: 2
print(True * 10)         # expect: 10
print(None)              # expect: None
print(1 < 2)             # expect: True
print(repr(False))       # expect: False
print(not True)          # expect: False
print(len([None, None])) # expect: 2
