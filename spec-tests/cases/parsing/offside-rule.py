total = 0
for i in [1, 2, 3]:
    if i > 1:
        total += i
# a comment in column 0 does not close the blocks
        total += 10
print(total)   # expect: 25
