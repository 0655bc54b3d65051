s = 'abc'
print(s[2])    # expect: c
s[10]          # raises: IndexError: string index out of range
