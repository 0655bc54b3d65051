print('ab' * 3)        # expect: ababab
print(3 * 'xy')        # expect: xyxyxy
print('a' + 'b' + 'c') # expect: abc
print('ab' * 0)        # expect:
print('ab' * -2)       # expect:
print(len('ab' * 50))  # expect: 100
print(len(''))         # expect: 0
print('-' * 10)        # expect: ----------
