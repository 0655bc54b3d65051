def nothing():
    pass

print(nothing())   # expect: None
for i in range(3):
    pass
print(i)           # expect: 2
count = 0
for i in range(4):
    for j in range(4):
        if i == j:
            continue
        if j > i:
            pass
        else:
            count += 1
print(count)       # expect: 6
if True:
    pass
else:
    print('never')
print('done')      # expect: done
