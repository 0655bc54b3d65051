i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
# expect: 1
# expect: 3
# expect: 5
# expect: 7
print('after', i)   # expect: after 9
n = 0
while n < 3:
    n += 1
print(n)            # expect: 3
while False:
    print('never')
k = 5
while k:
    k -= 1
print(k)            # expect: 0
