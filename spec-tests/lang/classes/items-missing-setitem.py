class ReadOnly:
    def __getitem__(self, i):
        return i

r = ReadOnly()
print(r[3])   # expect: 3
r[3] = 4   # raises: TypeError: 'ReadOnly' object does not support item assignment
