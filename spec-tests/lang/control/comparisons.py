x = 2
print(1 < x < 3)       # expect: True
print(1 < x < 2)       # expect: False
print(3 > x >= 2)      # expect: True
print(1 == 1 < 2)      # expect: True
print(1 < 2 > 1)       # expect: True
print(x == 2, x != 2)  # expect: True False
print(x <= 2, x >= 3)  # expect: True False
print('a' < 'b')       # expect: True
print('abc' < 'abd')   # expect: True
print('b' > 'abc')     # expect: True
print(1 == 'a')        # expect: False
print(1 != 'a')        # expect: True
print(None == None)    # expect: True
print(True == 1)       # expect: True
print(-1 < 2 ** 100)   # expect: True
