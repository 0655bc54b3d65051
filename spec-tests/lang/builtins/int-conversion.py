print(int('42'))       # expect: 42
print(int('-7'))       # expect: -7
print(int('0'))        # expect: 0
print(int('123456789012345678901234567890'))  # expect: 123456789012345678901234567890
print(int(3.9))        # expect: 3
print(int(-3.9))       # expect: -3
print(int(1e20))       # expect: 100000000000000000000
print(int(True))       # expect: 1
print(int(5))          # expect: 5
print(int('12') + 1)   # expect: 13
