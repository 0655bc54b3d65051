s = 'python'
print(s[0])        # expect: p
print(s[5])        # expect: n
print(s[-1])       # expect: n
print(s[-6])       # expect: p
print(len(s))      # expect: 6
print(s[2] + s[3]) # expect: th
i = 0
while i < len(s):
    print(s[i])
    i += 2
# expect: p
# expect: t
# expect: o
