# // rounds toward minus infinity; % takes the sign of the divisor
print(7 // 2, 7 % 2)      # expect: 3 1
print(-7 // 2, -7 % 2)    # expect: -4 1
print(7 // -2, 7 % -2)    # expect: -4 -1
print(-7 // -2, -7 % -2)  # expect: 3 -1
print(6 // 3, 6 % 3)      # expect: 2 0
print(-6 // 3, -6 % 3)    # expect: -2 0
print(0 // 5, 0 % 5)      # expect: 0 0
print(1 // 10, -1 // 10)  # expect: 0 -1
