print(1 / 2)   # expect: 0.5
1 / 0          # raises: ZeroDivisionError: division by zero
print('never')
