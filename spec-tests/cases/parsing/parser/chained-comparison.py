x = 5
print(1 < x < 10)          # expect: True
print(1 < x > 10)          # expect: False
print(3 is not 4 in [4])   # expect: True
print(not 1 == 2)          # expect: True
