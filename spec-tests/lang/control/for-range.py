for i in range(3):
    print(i)
# expect: 0
# expect: 1
# expect: 2
for i in range(2, 5):
    print(i)
# expect: 2
# expect: 3
# expect: 4
for i in range(0, 10, 4):
    print(i)
# expect: 0
# expect: 4
# expect: 8
for i in range(5, 0, -2):
    print(i)
# expect: 5
# expect: 3
# expect: 1
for i in range(0):
    print('never')
total = 0
for i in range(101):
    total += i
print(total)   # expect: 5050
print(i)       # expect: 100
